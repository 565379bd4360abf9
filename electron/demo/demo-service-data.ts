/** The demo service catalogue: what Northwind Health Trust's IT department runs. */
import type { ServiceHours, ServiceWindow } from '../../shared/domain/service-hours';

export type { ServiceHours };

export interface DemoService {
  code: string;
  name: string;
  category: string;
  kind: 'customer-facing' | 'supporting';
  owner: string;
  customers: string[];
  criticality: 1 | 2 | 3 | 4;
  hours: ServiceHours;
  contact: string;
  tags: string[];
  description: string;
  /** Days ago the service entered each lifecycle stage; the last one given is its current stage. */
  history: { pipeline: number; live?: number; retired?: number };
  /** Days ago of the last catalogue review; the next one follows by the criticality's cadence. */
  lastReviewDaysAgo?: number;
  dependsOn: string[];
}

const always: ServiceHours = { mode: '24x7' };

/** Monday to Friday between two times, and Saturday morning when given. */
export function weekdays(from: string, to: string, saturday?: { from: string; to: string }): ServiceHours {
  const windows: ServiceWindow[] = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from, to }));
  if (saturday) windows.push({ day: 'sat', ...saturday });
  return { mode: 'weekly', windows };
}

const officeHours = weekdays('08:00', '18:00');
const deskHours = weekdays('07:30', '19:00', { from: '09:00', to: '13:00' });

/** Critical services are reviewed twice a year, the rest yearly. */
export function reviewCadenceDays(criticality: number): number {
  return criticality === 1 ? 182 : 365;
}

const allStaff = ['All staff'];
const clinical = ['Emergency Department', 'Inpatient Wards', 'Outpatients', 'Maternity', 'Community Services'];
const itOnly = ['IT Services'];

export const demoServices: readonly DemoService[] = [
  {
    code: 'SVC-001', name: 'Network (LAN/WAN)', category: 'Infrastructure', kind: 'supporting', owner: 'owen', customers: itOnly,
    criticality: 1, hours: always, contact: 'Network team, ext. 4410 (24x7 on-call via switchboard)', tags: ['infrastructure', 'network', 'managed-service'],
    description: '**Wired network** across the three hospital sites and 14 community clinics.\n\n- Core and distribution switching in both data rooms\n- WAN links (HSCN) between sites, dual-routed to the main hospital\n- Firewalls and internet breakout\n\n_Not included:_ Wi-Fi (see SVC-008), desk phones (see SVC-010).',
    history: { pipeline: 3650, live: 3600 }, lastReviewDaysAgo: 70, dependsOn: [],
  },
  {
    code: 'SVC-002', name: 'Identity & Access (SSO)', category: 'Security', kind: 'supporting', owner: 'daniel', customers: itOnly,
    criticality: 1, hours: always, contact: 'Service Desk, then Identity team', tags: ['security', 'identity', 'mfa'],
    description: '**Single sign-on and accounts** for every member of staff.\n\n- Directory, SSO and multi-factor authentication\n- Smartcard (NHS CIS) registration for clinical systems\n- Starters, movers and leavers processing\n\nTarget: a starter has a working account on their first day.',
    history: { pipeline: 2400, live: 2300 }, lastReviewDaysAgo: 95, dependsOn: ['SVC-001', 'SVC-003'],
  },
  {
    code: 'SVC-003', name: 'Data Centre Hosting', category: 'Infrastructure', kind: 'supporting', owner: 'tom', customers: itOnly,
    criticality: 1, hours: always, contact: 'Infrastructure on-call, ext. 4400', tags: ['infrastructure', 'hosting', 'virtualisation'],
    description: '**Virtual servers and storage** in the on-site data room and the co-located secondary site.\n\n- Hypervisor clusters (2 sites, active/passive)\n- SAN storage with nightly replication\n- Power, cooling and physical security of the data room',
    history: { pipeline: 3650, live: 3500 }, lastReviewDaysAgo: 60, dependsOn: ['SVC-001'],
  },
  {
    code: 'SVC-004', name: 'Database Platform', category: 'Infrastructure', kind: 'supporting', owner: 'tom', customers: itOnly,
    criticality: 1, hours: always, contact: 'DBA team, ext. 4402', tags: ['infrastructure', 'database'],
    description: '**Shared SQL Server and PostgreSQL clusters** for clinical and corporate applications.\n\n- Always-on availability groups for clinical databases\n- Patching in agreed maintenance windows (2nd Sunday, 02:00–05:00)\n- Performance monitoring and capacity reports',
    history: { pipeline: 2900, live: 2800 }, lastReviewDaysAgo: 100, dependsOn: ['SVC-003'],
  },
  {
    code: 'SVC-005', name: 'Integration Engine', category: 'Integration', kind: 'supporting', owner: 'chloe', customers: itOnly,
    criticality: 1, hours: always, contact: 'Integration team, ext. 4430', tags: ['integration', 'hl7', 'fhir'],
    description: '**Message routing between clinical systems** (HL7 v2 and FHIR).\n\n- ADT feeds from the EPR to 23 downstream systems\n- Orders and results to and from pathology and radiology\n- Message queue monitoring with alerting on backlogs',
    history: { pipeline: 2000, live: 1900 }, lastReviewDaysAgo: 45, dependsOn: ['SVC-001', 'SVC-003', 'SVC-004'],
  },
  {
    code: 'SVC-006', name: 'Backup & Recovery', category: 'Infrastructure', kind: 'supporting', owner: 'tom', customers: itOnly,
    criticality: 2, hours: always, contact: 'Infrastructure on-call, ext. 4400', tags: ['infrastructure', 'backup', 'resilience'],
    description: '**Backups of every server and database**, with an immutable copy off-site.\n\n- Nightly incremental, weekly full; 35-day retention, 7-year for finance\n- Quarterly restore tests of a clinical system\n- Recovery of files and mailboxes on request',
    history: { pipeline: 3000, live: 2950 }, lastReviewDaysAgo: 150, dependsOn: ['SVC-001', 'SVC-003'],
  },
  {
    code: 'SVC-007', name: 'Security Monitoring (SOC)', category: 'Security', kind: 'supporting', owner: 'daniel', customers: itOnly,
    criticality: 2, hours: always, contact: 'Security team, security@northwind.example', tags: ['security', 'soc', 'managed-service'],
    description: '**24x7 security monitoring** run by a managed SOC provider.\n\n- Log collection from firewalls, servers, endpoints and Microsoft 365\n- Triage and escalation of alerts to the on-call engineer\n- Monthly threat report and vulnerability scanning',
    history: { pipeline: 800, live: 700 }, lastReviewDaysAgo: 200, dependsOn: ['SVC-001'],
  },
  {
    code: 'SVC-008', name: 'Wi-Fi', category: 'Network', kind: 'customer-facing', owner: 'owen', customers: [...allStaff, 'Patients & visitors'],
    criticality: 2, hours: always, contact: 'Service Desk, ext. 4000', tags: ['network', 'wifi'],
    description: '**Wireless access** for staff devices, medical devices and a separate guest network for patients and visitors.\n\n- Staff SSID with certificate authentication\n- Medical-device SSID (infusion pumps, observations tablets)\n- Guest SSID with acceptable-use page',
    history: { pipeline: 2200, live: 2100 }, lastReviewDaysAgo: 353, dependsOn: ['SVC-001', 'SVC-002'],
  },
  {
    code: 'SVC-009', name: 'VPN/Remote Access', category: 'Network', kind: 'customer-facing', owner: 'owen', customers: allStaff,
    criticality: 2, hours: always, contact: 'Service Desk, ext. 4000', tags: ['network', 'remote-working'],
    description: '**Secure remote access** for staff working from home and community clinicians.\n\n- Always-on VPN on Trust laptops\n- Remote access for third-party suppliers (time-limited, recorded)',
    history: { pipeline: 1900, live: 1850 }, lastReviewDaysAgo: 210, dependsOn: ['SVC-001', 'SVC-002'],
  },
  {
    code: 'SVC-010', name: 'Telephony', category: 'Communication', kind: 'customer-facing', owner: 'owen', customers: [...allStaff, 'Switchboard'],
    criticality: 1, hours: always, contact: 'Switchboard supervisor, then Telephony team', tags: ['communication', 'voice', 'critical-alerts'],
    description: '**Desk phones, switchboard and emergency bleeps.**\n\n- Cloud telephony with 2,900 extensions\n- Switchboard and crash-call (2222) routing\n- DECT handsets on wards',
    history: { pipeline: 1500, live: 1400 }, lastReviewDaysAgo: 110, dependsOn: ['SVC-001'],
  },
  {
    code: 'SVC-011', name: 'Email & Calendar', category: 'Communication', kind: 'customer-facing', owner: 'hannah', customers: allStaff,
    criticality: 2, hours: always, contact: 'Service Desk, ext. 4000', tags: ['communication', 'microsoft-365'],
    description: '**Email, calendars and shared mailboxes** on Microsoft 365.\n\n- 6,800 mailboxes, 420 shared mailboxes\n- Secure email to other NHS organisations\n- Mailbox restores up to 30 days',
    history: { pipeline: 1300, live: 1200 }, lastReviewDaysAgo: 180, dependsOn: ['SVC-001', 'SVC-002'],
  },
  {
    code: 'SVC-012', name: 'Video Conferencing', category: 'Communication', kind: 'customer-facing', owner: 'hannah', customers: [...allStaff, 'Outpatients'],
    criticality: 3, hours: always, contact: 'Service Desk, ext. 4000', tags: ['communication', 'virtual-clinics'],
    description: '**Meetings and virtual outpatient clinics.**\n\n- Teams meetings for staff\n- Video consultations with patients (browser-based, no install)\n- Meeting-room kits in 38 rooms',
    history: { pipeline: 1200, live: 1150 }, lastReviewDaysAgo: 240, dependsOn: ['SVC-001', 'SVC-002'],
  },
  {
    code: 'SVC-013', name: 'Service Desk', category: 'Support', kind: 'customer-facing', owner: 'grace', customers: allStaff,
    criticality: 2, hours: deskHours, contact: 'ext. 4000, servicedesk@northwind.example, self-service portal', tags: ['support', 'itil'],
    description: '**The single point of contact for IT.**\n\n- Phone and portal, Mon–Fri 07:30–19:00, Sat 09:00–13:00\n- Out of hours: on-call engineer for P1 via switchboard\n- Incident, request and access management',
    history: { pipeline: 3650, live: 3650 }, lastReviewDaysAgo: 130, dependsOn: ['SVC-010', 'SVC-002'],
  },
  {
    code: 'SVC-014', name: 'Laptop Provisioning', category: 'End-user', kind: 'customer-facing', owner: 'hannah', customers: allStaff,
    criticality: 3, hours: officeHours, contact: 'Request through the Service Desk portal', tags: ['end-user', 'devices'],
    description: '**New and replacement laptops**, built and encrypted, ready at collection.\n\n- Standard and clinical builds\n- 4-year refresh cycle\n- Secure wipe and recycling of returned devices',
    history: { pipeline: 1600, live: 1550 }, lastReviewDaysAgo: 260, dependsOn: ['SVC-002', 'SVC-013'],
  },
  {
    code: 'SVC-015', name: 'Printing', category: 'End-user', kind: 'customer-facing', owner: 'hannah', customers: allStaff,
    criticality: 4, hours: officeHours, contact: 'Service Desk, ext. 4000', tags: ['end-user', 'managed-service'],
    description: '**Managed print** with follow-me printing on 310 devices.\n\n- Toner and paper replenished by the supplier\n- Ward label and wristband printers are included',
    history: { pipeline: 2000, live: 1950 }, lastReviewDaysAgo: 385, dependsOn: ['SVC-001', 'SVC-002'],
  },
  {
    code: 'SVC-016', name: 'Electronic Patient Record (EPR)', category: 'Clinical', kind: 'customer-facing', owner: 'priya', customers: clinical,
    criticality: 1, hours: always, contact: 'Service Desk, ext. 4000; EPR on-call for P1', tags: ['clinical', 'epr', 'patient-safety'],
    description: '**The Trust\'s electronic patient record**: admissions, clinical notes, orders, observations and discharge.\n\n- 4,500 clinical users across all sites\n- Downtime procedures and read-only business-continuity copy on every ward\n- Planned downtime at most 4 hours a quarter, agreed with the Chief Clinical Information Officer',
    history: { pipeline: 1800, live: 1500 }, lastReviewDaysAgo: 120, dependsOn: ['SVC-001', 'SVC-002', 'SVC-003', 'SVC-004', 'SVC-005'],
  },
  {
    code: 'SVC-017', name: 'Pharmacy System', category: 'Clinical', kind: 'customer-facing', owner: 'priya', customers: ['Pharmacy', 'Inpatient Wards'],
    criticality: 1, hours: always, contact: 'Service Desk; Pharmacy systems lead in hours', tags: ['clinical', 'pharmacy', 'patient-safety'],
    description: '**Pharmacy stock, dispensing and electronic prescribing interface.**\n\n- Dispensary and aseptic unit stock control\n- Robot dispensing integration\n- Prescriptions received from the EPR through the integration engine',
    history: { pipeline: 2600, live: 2500 }, lastReviewDaysAgo: 80, dependsOn: ['SVC-003', 'SVC-004', 'SVC-005'],
  },
  {
    code: 'SVC-018', name: 'PACS Imaging', category: 'Clinical', kind: 'customer-facing', owner: 'priya', customers: ['Radiology', 'Emergency Department', 'Outpatients'],
    criticality: 1, hours: always, contact: 'PACS team, ext. 4460 (24x7 via switchboard)', tags: ['clinical', 'imaging'],
    description: '**Picture archiving and communication**: X-ray, CT, MRI and ultrasound images and reports.\n\n- Diagnostic workstations in Radiology, viewers everywhere else\n- Image sharing with the regional imaging network',
    history: { pipeline: 3200, live: 3000 }, lastReviewDaysAgo: 140, dependsOn: ['SVC-001', 'SVC-003', 'SVC-005'],
  },
  {
    code: 'SVC-019', name: 'Lab Results Interface', category: 'Clinical', kind: 'customer-facing', owner: 'chloe', customers: ['Pathology', ...clinical],
    criticality: 1, hours: always, contact: 'Integration team, ext. 4430', tags: ['clinical', 'pathology', 'integration'],
    description: '**Pathology orders and results** between the laboratory system, the EPR and GP practices.\n\n- Results filed to the EPR within minutes of authorisation\n- Critical results also phoned by the lab (the interface is not the only route)',
    history: { pipeline: 1700, live: 1650 }, lastReviewDaysAgo: 30, dependsOn: ['SVC-005'],
  },
  {
    code: 'SVC-020', name: 'Payroll', category: 'Corporate', kind: 'customer-facing', owner: 'marcus', customers: ['Finance', 'Human Resources'],
    criticality: 2, hours: weekdays('08:00', '17:30'), contact: 'Corporate Applications team, ext. 4450', tags: ['corporate', 'payroll'],
    description: '**Monthly payroll run** for 7,200 staff, and the payroll bureau interface.\n\n- Pay-day file to the bank three working days before pay day\n- Pension and tax returns',
    history: { pipeline: 3650, live: 3650 }, lastReviewDaysAgo: 340, dependsOn: ['SVC-002', 'SVC-003', 'SVC-004'],
  },
  {
    code: 'SVC-021', name: 'HR System', category: 'Corporate', kind: 'customer-facing', owner: 'marcus', customers: ['Human Resources', 'All managers'],
    criticality: 3, hours: officeHours, contact: 'Corporate Applications team, ext. 4450', tags: ['corporate', 'hr', 'saas'],
    description: '**Staff records, e-rostering and learning management** (national workforce system plus local rostering).\n\n- Starters and leavers feed to Identity & Access\n- Mandatory training compliance reports',
    history: { pipeline: 1400, live: 1300 }, lastReviewDaysAgo: 300, dependsOn: ['SVC-002'],
  },
  {
    code: 'SVC-022', name: 'Finance (ERP)', category: 'Corporate', kind: 'customer-facing', owner: 'marcus', customers: ['Finance', 'Procurement'],
    criticality: 2, hours: officeHours, contact: 'Corporate Applications team, ext. 4450', tags: ['corporate', 'finance'],
    description: '**General ledger, purchasing and accounts payable.**\n\n- Month-end and year-end close support\n- Purchase-order approval workflow for 600 budget holders',
    history: { pipeline: 2700, live: 2600 }, lastReviewDaysAgo: 200, dependsOn: ['SVC-002', 'SVC-003', 'SVC-004'],
  },
  {
    code: 'SVC-023', name: 'Intranet', category: 'Communication', kind: 'customer-facing', owner: 'ravi', customers: allStaff,
    criticality: 3, hours: always, contact: 'Digital Communications team', tags: ['communication', 'web'],
    description: '**Staff intranet**: news, policies, the staff directory and forms.\n\n- Policy library with review dates\n- Owned content, published by 80 trained editors',
    history: { pipeline: 2500, live: 2450 }, lastReviewDaysAgo: 374, dependsOn: ['SVC-002', 'SVC-003'],
  },
  {
    code: 'SVC-024', name: 'Public Website', category: 'Communication', kind: 'customer-facing', owner: 'ravi', customers: ['Patients & public'],
    criticality: 3, hours: always, contact: 'Digital Communications team', tags: ['communication', 'web', 'saas'],
    description: '**northwind.example**: services, visiting times, vacancies and news for patients and the public.\n\n- Hosted externally behind a content-delivery network\n- Accessibility statement reviewed yearly',
    history: { pipeline: 1000, live: 950 }, lastReviewDaysAgo: 150, dependsOn: ['SVC-007'],
  },
  {
    code: 'SVC-025', name: 'Virtual Desktop (VDI)', category: 'End-user', kind: 'customer-facing', owner: 'hannah', customers: ['Community Services', 'Outpatients'],
    criticality: 2, hours: always, contact: 'Project team (pilot)', tags: ['end-user', 'pilot'],
    description: '**Hosted desktops** for shared clinical workstations and community staff.\n\n_Pipeline:_ pilot with two community teams; go-live decision at the next design review.',
    history: { pipeline: 120 }, lastReviewDaysAgo: 20, dependsOn: ['SVC-001', 'SVC-002', 'SVC-003'],
  },
  {
    code: 'SVC-026', name: 'Patient Portal', category: 'Clinical', kind: 'customer-facing', owner: 'priya', customers: ['Patients & public', 'Outpatients'],
    criticality: 2, hours: always, contact: 'Project team', tags: ['clinical', 'digital-front-door'],
    description: '**Online access for patients** to appointments, letters and questionnaires.\n\n_Pipeline:_ procurement complete; integration with the EPR being designed.',
    history: { pipeline: 200 }, lastReviewDaysAgo: 60, dependsOn: ['SVC-016', 'SVC-002', 'SVC-005'],
  },
  {
    code: 'SVC-027', name: 'Digital Dictation', category: 'Clinical', kind: 'customer-facing', owner: 'priya', customers: ['Outpatients', 'Medical Secretaries'],
    criticality: 3, hours: officeHours, contact: 'Project team', tags: ['clinical', 'speech-recognition'],
    description: '**Dictation and speech recognition** for clinic letters, replacing tapes.\n\n_Pipeline:_ business case approved; supplier demonstration booked.',
    history: { pipeline: 45 }, dependsOn: ['SVC-002', 'SVC-016'],
  },
  {
    code: 'SVC-028', name: 'Legacy Fax Gateway', category: 'Communication', kind: 'customer-facing', owner: 'owen', customers: ['Pharmacy', 'Outpatients'],
    criticality: 4, hours: officeHours, contact: 'Retired: use secure email', tags: ['retired', 'communication'],
    description: '**Fax to email gateway.** Retired in line with the national removal of fax machines; replaced by secure email (SVC-011).',
    history: { pipeline: 4000, live: 3900, retired: 400 }, dependsOn: [],
  },
  {
    code: 'SVC-029', name: 'Pager System', category: 'Communication', kind: 'customer-facing', owner: 'owen', customers: clinical,
    criticality: 3, hours: always, contact: 'Retired: use secure clinical messaging', tags: ['retired', 'communication'],
    description: '**Radio pagers** for doctors on call. Retired after secure clinical messaging went live; crash-call bleeps stay with Telephony (SVC-010).',
    history: { pipeline: 4200, live: 4100, retired: 150 }, dependsOn: ['SVC-010'],
  },
];
