import { dayFrom, idOf, stampFrom, type DemoContext } from './demo-context';

interface DemoSupplier {
  key: string;
  name: string;
  contact: string;
  notes: string;
  /** Who manages the relationship and reviews the supplier. */
  manager: string;
  /** Days from now to the next supplier review; negative is overdue. */
  nextReview: number;
}

interface DemoContract {
  supplier?: string;
  internalTeam?: string;
  kind: 'underpinning' | 'ola';
  title: string;
  /** Days from now; negative is the past. */
  start: number;
  end: number | null;
  noticeDays: number | null;
  targets: string;
  services: string[];
}

export const demoSuppliers: readonly DemoSupplier[] = [
  {
    key: 'meridian',
    manager: 'priya',
    nextReview: 40,
    name: 'Meridian Health Systems Ltd',
    contact: 'Account manager: Laura Benson, 0161 555 0142',
    notes: 'EPR and pharmacy software vendor. Quarterly service reviews; escalation to their clinical safety officer for patient-safety incidents.',
  },
  {
    key: 'halcyon',
    manager: 'fiona',
    nextReview: -9,
    name: 'Halcyon Networks plc',
    contact: 'Service desk 0800 555 0199, noc@halcyon.example',
    notes: 'WAN, LAN and Wi-Fi maintenance. Re-procurement under the regional network framework is under way.',
  },
  {
    key: 'bluewater',
    manager: 'fiona',
    nextReview: 120,
    name: 'Bluewater Cloud Services',
    contact: 'support@bluewater.example',
    notes: 'Co-location for the secondary data room and the immutable off-site backup copy. ISO/IEC 27001 certified (certificate checked yearly).',
  },
  {
    key: 'sentinel',
    manager: 'daniel',
    nextReview: 18,
    name: 'Sentinel Cyber Ltd',
    contact: 'SOC hotline 0330 555 0110',
    notes: 'Managed security operations centre. Monthly threat report to the Information Security Officer.',
  },
  {
    key: 'paperless',
    manager: 'fiona',
    nextReview: 200,
    name: 'Paperless Office Solutions',
    contact: 'Helpdesk 0845 555 0177',
    notes: 'Managed print service, including consumables and ward label printers.',
  },
  {
    key: 'clearview',
    manager: 'priya',
    nextReview: 75,
    name: 'Clearview Imaging Ltd',
    contact: 'PACS support 0207 555 0133 (24x7)',
    notes: 'PACS software and diagnostic workstation support. Part of the regional imaging network contract.',
  },
];

/** Two contracts end within 90 days so the "contracts ending soon" view has something to show. */
export const demoContracts: readonly DemoContract[] = [
  {
    supplier: 'meridian',
    kind: 'underpinning',
    title: 'EPR and Pharmacy support and maintenance',
    start: -1500,
    end: 420,
    noticeDays: 180,
    services: ['SVC-016', 'SVC-017'],
    targets:
      'P1: response 15 min, workaround 4 h, 24x7\nP2: response 1 h, fix 1 working day\nAvailability of the hosted components 99.9 % per month\nQuarterly service review with KPI pack',
  },
  {
    supplier: 'halcyon',
    kind: 'underpinning',
    title: 'Managed WAN, LAN and Wi-Fi',
    start: -1780,
    end: 45,
    noticeDays: 90,
    services: ['SVC-001', 'SVC-008', 'SVC-009'],
    targets: 'WAN availability 99.95 % per site per month\nP1 fix 4 h, 24x7; P2 fix 8 h\nSpares on site for core switches',
  },
  {
    supplier: 'bluewater',
    kind: 'underpinning',
    title: 'Co-location and off-site backup vault',
    start: -900,
    end: 700,
    noticeDays: 90,
    services: ['SVC-003', 'SVC-006'],
    targets: 'Power and cooling availability 99.99 %\nImmutable copy retained 35 days\nRestore from the vault started within 2 h of request',
  },
  {
    supplier: 'sentinel',
    kind: 'underpinning',
    title: 'Managed SOC service',
    start: -700,
    end: 75,
    noticeDays: 60,
    services: ['SVC-007'],
    targets: 'Critical alerts triaged and escalated within 15 min, 24x7\nMonthly threat and vulnerability report\nAnnual incident-response exercise',
  },
  {
    supplier: 'paperless',
    kind: 'underpinning',
    title: 'Managed print service',
    start: -1100,
    end: 250,
    noticeDays: 90,
    services: ['SVC-015'],
    targets: 'Device fix within 1 working day (8 h for ward label printers)\nConsumables delivered before devices run out',
  },
  {
    supplier: 'clearview',
    kind: 'underpinning',
    title: 'PACS support (regional imaging network)',
    start: -1200,
    end: 530,
    noticeDays: 180,
    services: ['SVC-018'],
    targets: 'P1: response 15 min, restore 2 h, 24x7\nAvailability 99.9 % per month excluding agreed maintenance',
  },
  {
    internalTeam: 'Infrastructure team',
    kind: 'ola',
    title: 'OLA: database and integration support for clinical systems',
    start: -300,
    end: 430,
    noticeDays: null,
    services: ['SVC-004', 'SVC-005', 'SVC-016'],
    targets:
      'P1 database or interface fault: engineer engaged within 15 min, 24x7\nPatching only in the agreed maintenance window\nMonthly capacity report to the Clinical Systems Manager',
  },
  {
    internalTeam: 'Network team',
    kind: 'ola',
    title: 'OLA: Service Desk to Network team handover',
    start: -250,
    end: 480,
    noticeDays: null,
    services: ['SVC-013', 'SVC-001'],
    targets: 'Network incidents accepted from the Service Desk within 30 min in hours\nUpdates to the ticket at least every 2 h for P1/P2',
  },
];

export function insertDemoSuppliers(ctx: DemoContext): void {
  const { db, now } = ctx;
  const insertSupplier = db.prepare(
    'INSERT INTO suppliers (name, contact, notes, manager_id, next_review_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertContract = db.prepare(
    `INSERT INTO contracts (supplier_id, kind, title, internal_team, start_date, end_date, notice_days, targets_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkService = db.prepare('INSERT INTO contract_services (contract_id, service_id) VALUES (?, ?)');

  for (const supplier of demoSuppliers) {
    const at = stampFrom(now, -380, 20);
    const { lastInsertRowid } = insertSupplier.run(
      supplier.name,
      supplier.contact,
      supplier.notes,
      idOf(ctx.people, supplier.manager, 'person'),
      dayFrom(now, supplier.nextReview),
      at,
      at,
    );
    ctx.suppliers.set(supplier.key, Number(lastInsertRowid));
  }
  for (const contract of demoContracts) {
    const at = stampFrom(now, Math.max(contract.start, -380), 40);
    const { lastInsertRowid } = insertContract.run(
      contract.supplier ? idOf(ctx.suppliers, contract.supplier, 'supplier') : null,
      contract.kind,
      contract.title,
      contract.internalTeam ?? null,
      dayFrom(now, contract.start),
      contract.end === null ? null : dayFrom(now, contract.end),
      contract.noticeDays,
      contract.targets,
      at,
      at,
    );
    for (const service of contract.services) linkService.run(Number(lastInsertRowid), idOf(ctx.services, service, 'service'));
  }
}
