/** The demo SLAs: targets, and how each measure behaved over the last twelve months. */
import { weekdays, type ServiceHours } from './demo-service-data';

export interface DemoTarget {
  kind: 'availability' | 'response' | 'resolution' | 'custom' | 'workload';
  label: string;
  priority?: 'P1' | 'P2' | 'P3' | 'P4';
  minutes?: number;
  /** '%' unless said otherwise. */
  unit?: string;
  /** 'higher' is better unless said otherwise. */
  direction?: 'higher' | 'lower';
  target: number;
  warning?: number;
  /** The typical monthly value and how far it wanders either side. */
  typical: number;
  spread: number;
  /** The monthly volume behind the figure (tickets, surveys), when there is one. */
  volume?: number;
  /** Months that went wrong or nearly did; 1 is last month. */
  events?: Array<{ monthsAgo: number; value: number; note: string }>;
}

export interface DemoSla {
  code: string;
  service: string;
  customer: string;
  name: string;
  status: 'draft' | 'agreed' | 'expired';
  /** Days from now. */
  validFrom: number;
  validTo: number | null;
  reviewIn: number | null;
  /** When the SLA covers other hours than its service. */
  hours?: ServiceHours;
  exceptions: string;
  /** Months measured, counted back from last month; [1, 12] is the last twelve. Absent: not measured yet. */
  measured?: [newest: number, oldest: number];
  targets: DemoTarget[];
}

const MINUTES_PER_WORKING_DAY = 8 * 60;
const standardExceptions =
  'Planned maintenance announced at least 5 working days ahead (at most 4 hours a quarter); ' +
  "failures of national services outside the Trust's control; months in which the workload limit is exceeded " +
  '(resolution targets are reported but not counted as breaches).';

export const demoSlas: readonly DemoSla[] = [
  {
    code: 'SLA-001',
    service: 'SVC-016',
    customer: 'Clinical Divisions',
    name: 'EPR — Clinical Divisions',
    status: 'agreed',
    validFrom: -420,
    validTo: 310,
    reviewIn: 150,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      {
        kind: 'availability',
        label: 'Availability (24x7)',
        target: 99.9,
        warning: 99.95,
        typical: 99.975,
        spread: 0.025,
        events: [
          { monthsAgo: 7, value: 99.62, note: 'Major incident INC-20417: storage controller failure, EPR unavailable 2 h 45 min. Problem PRB-0112 raised.' },
          { monthsAgo: 2, value: 99.93, note: 'Unplanned restart of the application tier, 30 min.' },
        ],
      },
      {
        kind: 'response',
        label: 'P1 responded to within 15 minutes',
        priority: 'P1',
        minutes: 15,
        target: 95,
        warning: 97,
        typical: 98.8,
        spread: 1.2,
        volume: 9,
        events: [{ monthsAgo: 7, value: 90, note: '2 of 20 P1 calls answered late during the outage surge.' }],
      },
      { kind: 'resolution', label: 'P1 resolved within 4 hours', priority: 'P1', minutes: 240, target: 90, warning: 93, typical: 96, spread: 3, volume: 6 },
      {
        kind: 'resolution',
        label: 'P2 resolved within 1 working day',
        priority: 'P2',
        minutes: MINUTES_PER_WORKING_DAY,
        target: 90,
        warning: 92,
        typical: 94.5,
        spread: 2,
        volume: 42,
        events: [{ monthsAgo: 4, value: 87.5, note: 'Supplier fix for an order-communications defect delayed (Meridian case 88231).' }],
      },
      { kind: 'custom', label: 'Clinical user satisfaction (survey)', unit: '/5', target: 4, warning: 4.2, typical: 4.35, spread: 0.1, volume: 120 },
      {
        kind: 'workload',
        label: 'EPR incidents raised',
        unit: 'tickets',
        direction: 'lower',
        target: 400,
        warning: 360,
        typical: 300,
        spread: 40,
        events: [
          { monthsAgo: 9, value: 455, note: 'Bed pressures and the new observations module: workload limit exceeded; resolution targets excused this month.' },
        ],
      },
    ],
  },
  {
    code: 'SLA-002',
    service: 'SVC-011',
    customer: 'All staff',
    name: 'Email & Calendar — All staff',
    status: 'agreed',
    validFrom: -560,
    validTo: 170,
    reviewIn: 200,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      {
        kind: 'availability',
        label: 'Availability (24x7)',
        target: 99.9,
        warning: 99.95,
        typical: 99.98,
        spread: 0.02,
        events: [{ monthsAgo: 5, value: 99.85, note: 'Microsoft 365 service incident (Exchange Online), 1 h 10 min. Outside Trust control but counted.' }],
      },
      { kind: 'response', label: 'P2 responded to within 1 hour', priority: 'P2', minutes: 60, target: 90, typical: 94, spread: 3, volume: 85 },
      {
        kind: 'resolution',
        label: 'P3 resolved within 3 working days',
        priority: 'P3',
        minutes: 3 * MINUTES_PER_WORKING_DAY,
        target: 85,
        warning: 88,
        typical: 91,
        spread: 3,
        volume: 310,
      },
    ],
  },
  {
    code: 'SLA-003',
    service: 'SVC-013',
    customer: 'All staff',
    name: 'Service Desk — All staff',
    status: 'agreed',
    validFrom: -380,
    validTo: 350,
    reviewIn: -14,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      {
        kind: 'response',
        label: 'P1 responded to within 15 minutes',
        priority: 'P1',
        minutes: 15,
        target: 95,
        warning: 97,
        typical: 98,
        spread: 1.5,
        volume: 14,
      },
      { kind: 'response', label: 'P2 responded to within 1 hour', priority: 'P2', minutes: 60, target: 90, warning: 93, typical: 94, spread: 2.5, volume: 140 },
      {
        kind: 'resolution',
        label: 'P3 resolved within 3 working days',
        priority: 'P3',
        minutes: 3 * MINUTES_PER_WORKING_DAY,
        target: 85,
        warning: 88,
        typical: 89.5,
        spread: 2.5,
        volume: 1150,
        events: [{ monthsAgo: 3, value: 81.2, note: 'Windows 11 refresh added 30 % more requests; two analysts on long-term sick leave.' }],
      },
      {
        kind: 'resolution',
        label: 'P4 resolved within 10 working days',
        priority: 'P4',
        minutes: 10 * MINUTES_PER_WORKING_DAY,
        target: 80,
        typical: 87,
        spread: 3,
        volume: 900,
      },
      {
        kind: 'custom',
        label: 'Customer satisfaction (CSAT)',
        unit: '/5',
        target: 4.2,
        warning: 4.4,
        typical: 4.55,
        spread: 0.1,
        volume: 260,
        events: [{ monthsAgo: 3, value: 4.1, note: 'Survey comments: slow updates on open tickets.' }],
      },
      {
        kind: 'workload',
        label: 'Tickets logged',
        unit: 'tickets',
        direction: 'lower',
        target: 2400,
        warning: 2250,
        typical: 2050,
        spread: 120,
        events: [
          {
            monthsAgo: 3,
            value: 2630,
            note: 'Workload limit exceeded (Windows 11 refresh); resolution targets reported but excused under the SLA exceptions.',
          },
        ],
      },
    ],
  },
  {
    code: 'SLA-004',
    service: 'SVC-018',
    customer: 'Radiology',
    name: 'PACS Imaging — Radiology',
    status: 'agreed',
    validFrom: -600,
    validTo: 500,
    reviewIn: 90,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      {
        kind: 'availability',
        label: 'Availability (24x7)',
        target: 99.9,
        warning: 99.95,
        typical: 99.97,
        spread: 0.03,
        events: [{ monthsAgo: 10, value: 99.71, note: 'Regional image-sharing gateway outage; local viewing unaffected, reporting delayed.' }],
      },
      { kind: 'response', label: 'P1 responded to within 15 minutes', priority: 'P1', minutes: 15, target: 95, typical: 98.5, spread: 1.5, volume: 3 },
      {
        kind: 'resolution',
        label: 'P1 resolved within 2 hours',
        priority: 'P1',
        minutes: 120,
        target: 90,
        typical: 96,
        spread: 4,
        volume: 3,
        events: [{ monthsAgo: 10, value: 66.7, note: '1 of 3 P1s over 2 h: supplier engineer had to attend on site.' }],
      },
    ],
  },
  {
    code: 'SLA-005',
    service: 'SVC-017',
    customer: 'Pharmacy',
    name: 'Pharmacy System — Pharmacy',
    status: 'agreed',
    validFrom: -300,
    validTo: 430,
    reviewIn: 120,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      { kind: 'availability', label: 'Availability (24x7)', target: 99.8, warning: 99.9, typical: 99.95, spread: 0.04 },
      { kind: 'resolution', label: 'P1 resolved within 4 hours', priority: 'P1', minutes: 240, target: 95, typical: 98, spread: 2, volume: 2 },
      {
        kind: 'custom',
        label: 'Prescriptions received from the EPR within 5 minutes',
        target: 99.5,
        warning: 99.7,
        typical: 99.86,
        spread: 0.1,
        events: [{ monthsAgo: 6, value: 99.2, note: 'Integration engine backlog after the EPR upgrade: 412 messages delayed up to 40 min.' }],
      },
      { kind: 'workload', label: 'Pharmacy IT incidents', unit: 'tickets', direction: 'lower', target: 60, warning: 50, typical: 34, spread: 8 },
    ],
  },
  {
    code: 'SLA-006',
    service: 'SVC-019',
    customer: 'Pathology',
    name: 'Lab Results Interface — Pathology',
    status: 'agreed',
    validFrom: -200,
    validTo: 530,
    reviewIn: 22,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      { kind: 'availability', label: 'Interface availability (24x7)', target: 99.9, warning: 99.95, typical: 99.975, spread: 0.02 },
      {
        kind: 'custom',
        label: 'Results filed to the EPR within 15 minutes of authorisation',
        target: 99,
        warning: 99.5,
        typical: 99.75,
        spread: 0.2,
        events: [{ monthsAgo: 1, value: 98.4, note: 'Interface certificate expired at 02:10; results queued 3 h until it was renewed. Action raised.' }],
      },
      { kind: 'response', label: 'P1 responded to within 15 minutes', priority: 'P1', minutes: 15, target: 95, typical: 99, spread: 1, volume: 2 },
    ],
  },
  {
    code: 'SLA-007',
    service: 'SVC-020',
    customer: 'Finance & HR',
    name: 'Payroll — Finance & HR',
    status: 'agreed',
    validFrom: -700,
    validTo: 395,
    reviewIn: 260,
    hours: weekdays('08:00', '17:30'),
    exceptions: 'Bank and HMRC portal outages; late changes submitted after the payroll cut-off.',
    measured: [1, 12],
    targets: [
      { kind: 'availability', label: 'Availability in service hours', target: 99.5, warning: 99.7, typical: 99.9, spread: 0.08 },
      {
        kind: 'custom',
        label: 'Pay file delivered 3 working days before pay day',
        target: 100,
        typical: 100,
        spread: 0,
        events: [{ monthsAgo: 8, value: 0, note: 'Pay file sent 1 day late (bank portal certificate issue); no one was paid late.' }],
      },
      {
        kind: 'resolution',
        label: 'P2 resolved within 1 working day',
        priority: 'P2',
        minutes: MINUTES_PER_WORKING_DAY,
        target: 90,
        typical: 95,
        spread: 4,
        volume: 8,
      },
    ],
  },
  {
    code: 'SLA-008',
    service: 'SVC-022',
    customer: 'Finance',
    name: 'Finance (ERP) — Finance',
    status: 'agreed',
    validFrom: -530,
    validTo: 200,
    reviewIn: 180,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      {
        kind: 'availability',
        label: 'Availability in service hours',
        target: 99.5,
        warning: 99.7,
        typical: 99.86,
        spread: 0.1,
        events: [{ monthsAgo: 4, value: 99.4, note: 'Month-end slowdown: database blocking for 3 h on the last working day (PRB-0118).' }],
      },
      {
        kind: 'resolution',
        label: 'P2 resolved within 1 working day',
        priority: 'P2',
        minutes: MINUTES_PER_WORKING_DAY,
        target: 90,
        warning: 92,
        typical: 94,
        spread: 3,
        volume: 15,
      },
      {
        kind: 'resolution',
        label: 'P3 resolved within 5 working days',
        priority: 'P3',
        minutes: 5 * MINUTES_PER_WORKING_DAY,
        target: 85,
        typical: 90,
        spread: 3,
        volume: 60,
      },
      { kind: 'workload', label: 'Incidents and requests', unit: 'tickets', direction: 'lower', target: 150, warning: 135, typical: 108, spread: 18 },
    ],
  },
  {
    code: 'SLA-009',
    service: 'SVC-009',
    customer: 'All staff',
    name: 'VPN/Remote Access — All staff',
    status: 'agreed',
    validFrom: -450,
    validTo: 280,
    reviewIn: 75,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      { kind: 'availability', label: 'Availability (24x7)', target: 99.8, warning: 99.9, typical: 99.94, spread: 0.04 },
      { kind: 'response', label: 'P2 responded to within 1 hour', priority: 'P2', minutes: 60, target: 90, typical: 93.5, spread: 3, volume: 25 },
      {
        kind: 'custom',
        label: 'Concurrent-session headroom',
        target: 20,
        warning: 25,
        typical: 29,
        spread: 3,
        events: [{ monthsAgo: 11, value: 14, note: 'Storm closures: 2,100 concurrent users; licences topped up the next day.' }],
      },
    ],
  },
  {
    code: 'SLA-010',
    service: 'SVC-010',
    customer: 'All staff',
    name: 'Telephony — All staff',
    status: 'agreed',
    validFrom: -330,
    validTo: 400,
    reviewIn: 300,
    exceptions: standardExceptions,
    measured: [1, 12],
    targets: [
      { kind: 'availability', label: 'Availability (24x7)', target: 99.95, warning: 99.98, typical: 99.992, spread: 0.008 },
      {
        kind: 'custom',
        label: 'Crash calls (2222) connected within 5 seconds',
        target: 100,
        typical: 100,
        spread: 0,
        events: [{ monthsAgo: 6, value: 99.2, note: 'One crash call delayed 9 s during carrier failover; reviewed with the Resuscitation team, no harm.' }],
      },
      { kind: 'resolution', label: 'P2 resolved within 8 hours', priority: 'P2', minutes: 480, target: 90, typical: 95, spread: 3, volume: 30 },
    ],
  },
  {
    code: 'SLA-011',
    service: 'SVC-006',
    customer: 'Clinical Systems',
    name: 'Backup & Recovery — Clinical Systems',
    status: 'draft',
    validFrom: 30,
    validTo: 395,
    reviewIn: 60,
    exceptions: 'Draft: measured for a year as a baseline before the targets are agreed with the Clinical Systems Manager.',
    measured: [1, 12],
    targets: [
      {
        kind: 'custom',
        label: 'Backup jobs successful',
        target: 99,
        warning: 99.5,
        typical: 99.7,
        spread: 0.2,
        events: [{ monthsAgo: 2, value: 97.8, note: 'Tape library robot fault: 41 jobs failed and were re-run the next night.' }],
      },
      {
        kind: 'resolution',
        label: 'Restore requests completed within 1 working day',
        priority: 'P3',
        minutes: MINUTES_PER_WORKING_DAY,
        target: 95,
        typical: 97.5,
        spread: 2.5,
        volume: 22,
      },
      { kind: 'workload', label: 'Restore requests', unit: 'requests', direction: 'lower', target: 40, warning: 35, typical: 22, spread: 6 },
    ],
  },
  {
    code: 'SLA-012',
    service: 'SVC-012',
    customer: 'Outpatients',
    name: 'Video Conferencing — Virtual clinics (2024–25)',
    status: 'expired',
    validFrom: -760,
    validTo: -40,
    reviewIn: null,
    exceptions: standardExceptions,
    measured: [2, 12],
    targets: [
      { kind: 'availability', label: 'Availability (24x7)', target: 99.5, typical: 99.9, spread: 0.08 },
      {
        kind: 'custom',
        label: 'Virtual clinic calls connected first time',
        target: 95,
        warning: 97,
        typical: 97.5,
        spread: 1,
        events: [{ monthsAgo: 6, value: 93.1, note: 'A browser update broke camera permissions on clinic PCs.' }],
      },
      { kind: 'response', label: 'P2 responded to within 1 hour', priority: 'P2', minutes: 60, target: 90, typical: 92.5, spread: 2.5, volume: 20 },
    ],
  },
  {
    code: 'SLA-013',
    service: 'SVC-025',
    customer: 'Community Services',
    name: 'Virtual Desktop — Community Services (pilot)',
    status: 'draft',
    validFrom: 60,
    validTo: null,
    reviewIn: 40,
    exceptions: 'Pilot: targets to be confirmed after the pilot review.',
    targets: [
      { kind: 'availability', label: 'Availability (24x7)', target: 99.5, warning: 99.7, typical: 99.8, spread: 0.1 },
      { kind: 'response', label: 'P2 responded to within 1 hour', priority: 'P2', minutes: 60, target: 90, typical: 92, spread: 3 },
      { kind: 'custom', label: 'Log-on under 60 seconds', target: 95, typical: 96, spread: 2 },
    ],
  },
];
