import { dayFrom, idOf, stampFrom, type DemoContext } from './demo-context';

interface DemoAction {
  title: string;
  description: string;
  owner: string;
  /** Days from now. */
  due: number;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  risk?: string;
  sla?: string;
  service?: string;
  progress?: string;
  /** Days from now (negative) the action was completed, for done actions. */
  completed?: number;
}

/** Treatment actions for risks and improvement actions for SLAs and services; some overdue, some done. */
export const demoActions: readonly DemoAction[] = [
  {
    title: 'Replace the primary SAN array',
    description: 'Procure and migrate to a new array with four-hour support; decommission the old one.',
    owner: 'tom',
    due: 200,
    status: 'in_progress',
    risk: 'storage-controller',
    service: 'SVC-003',
    progress: 'Business case approved; tender documents out.',
  },
  {
    title: 'Run an EPR downtime drill on every ward',
    description: 'Each ward switches to downtime procedures for 30 minutes using the business-continuity copy.',
    owner: 'priya',
    due: -20,
    status: 'open',
    risk: 'epr-outage',
    service: 'SVC-016',
  },
  {
    title: 'Install 4G failover routers in five community clinics',
    description: 'Complete failover for the clinics that still have one WAN circuit.',
    owner: 'owen',
    due: 120,
    status: 'open',
    risk: 'single-wan',
  },
  {
    title: 'Add integration queue alerts to the 24x7 on-call rota',
    description: 'Queue-depth alerts page the on-call engineer out of hours.',
    owner: 'chloe',
    due: -10,
    status: 'in_progress',
    risk: 'integration-backlog',
    sla: 'SLA-005',
    progress: 'Alert thresholds agreed; paging integration not yet tested.',
  },
  {
    title: 'Automate interface certificate expiry monitoring',
    description: 'Alert 30 days before any interface certificate expires; retire the spreadsheet.',
    owner: 'chloe',
    due: 14,
    status: 'in_progress',
    risk: 'interface-certificates',
    sla: 'SLA-006',
    progress: 'Monitoring script written; 80 % of certificates loaded.',
  },
  {
    title: 'Segment the server network',
    description: 'Move servers into zones with firewall rules between them, starting with the backup infrastructure.',
    owner: 'daniel',
    due: 90,
    status: 'in_progress',
    risk: 'ransomware',
    progress: 'Backup and identity zones done; clinical zone next.',
  },
  {
    title: 'Deploy an immutable off-site backup copy',
    description: 'Nightly copy to the co-location vault that cannot be changed or deleted for 35 days.',
    owner: 'tom',
    due: -45,
    status: 'done',
    completed: -60,
    risk: 'ransomware',
    service: 'SVC-006',
    progress: 'Live and restore-tested.',
  },
  {
    title: 'Phishing-resistant MFA for high-risk roles',
    description: 'FIDO2 keys for administrators, finance approvers and executives.',
    owner: 'daniel',
    due: 60,
    status: 'open',
    risk: 'phishing',
  },
  {
    title: 'Enforce MFA on database administrator accounts',
    description: 'The last group of privileged accounts without MFA.',
    owner: 'daniel',
    due: -35,
    status: 'open',
    risk: 'privileged-mfa',
  },
  {
    title: "Disable leavers' accounts automatically from the HR feed",
    description: 'Accounts disabled at 18:00 on the leaving date recorded in the HR system.',
    owner: 'marcus',
    due: 45,
    status: 'open',
    risk: 'leavers-access',
    service: 'SVC-021',
  },
  {
    title: 'Sign the 12-month WAN contract extension',
    description: 'Extension with Halcyon Networks to cover the delayed re-procurement.',
    owner: 'fiona',
    due: -3,
    status: 'in_progress',
    risk: 'wan-contract',
    progress: 'Legal comments returned to the supplier.',
  },
  {
    title: 'Complete the SOC direct award',
    description: 'Direct award under the cyber security framework before the contract ends.',
    owner: 'fiona',
    due: 30,
    status: 'in_progress',
    risk: 'soc-renewal',
    progress: 'Clarification questions answered.',
  },
  {
    title: 'Move finance reporting to a read replica',
    description: 'Month-end reports run against a replica, not the live database.',
    owner: 'tom',
    due: 75,
    status: 'open',
    risk: 'month-end-db',
    sla: 'SLA-008',
  },
  {
    title: 'Recruit two temporary Service Desk analysts',
    description: 'Cover the Windows 11 refresh peak.',
    owner: 'grace',
    due: -30,
    status: 'done',
    completed: -25,
    risk: 'desk-demand',
    sla: 'SLA-003',
    progress: 'Both started; trained on the refresh runbook.',
  },
  {
    title: 'Send proactive updates on open tickets',
    description: 'Automatic update to the caller when a P3/P4 ticket is untouched for 3 days (CSAT comments).',
    owner: 'grace',
    due: 20,
    status: 'open',
    sla: 'SLA-003',
    service: 'SVC-013',
  },
  {
    title: 'Document every integration engine interface',
    description: 'One page per interface: purpose, message types, contacts, restart steps.',
    owner: 'chloe',
    due: 100,
    status: 'in_progress',
    risk: 'integration-key-person',
    progress: '14 of 23 interfaces documented.',
  },
  {
    title: 'Quarterly restore test: Pharmacy System',
    description: 'Restore the pharmacy database to the test environment and verify it with the pharmacy systems lead.',
    owner: 'tom',
    due: -35,
    status: 'done',
    completed: -40,
    risk: 'restore-fails',
    service: 'SVC-017',
    progress: 'Restored in 2 h 10 min; verified.',
  },
  {
    title: 'Problem PRB-0112: root cause of the storage controller failure',
    description: 'Find and fix the cause of major incident INC-20417.',
    owner: 'tom',
    due: -160,
    status: 'done',
    completed: -150,
    sla: 'SLA-001',
    service: 'SVC-003',
    progress: 'Firmware defect confirmed by the vendor; fixed by upgrade.',
  },
  {
    title: 'Replace the remaining old PDFs on the website',
    description: 'Turn the last 110 PDFs into accessible web pages or remove them.',
    owner: 'ravi',
    due: 60,
    status: 'in_progress',
    risk: 'web-accessibility',
    progress: '310 of 420 done.',
  },
  {
    title: 'Re-survey Wi-Fi on the new ward block (third floor)',
    description: 'Survey after fit-out and add access points where needed.',
    owner: 'owen',
    due: 25,
    status: 'open',
    risk: 'wifi-coverage',
    service: 'SVC-008',
  },
  {
    title: 'Anonymise data on every test environment refresh',
    description: 'Apply the anonymisation tool and delete old production copies.',
    owner: 'chloe',
    due: -100,
    status: 'done',
    completed: -95,
    risk: 'test-data',
  },
  {
    title: 'Carrier to shorten the SIP trunk failover timers',
    description: 'Reduce failover from 9 s to under 3 s and prove it with a test crash call.',
    owner: 'owen',
    due: -8,
    status: 'open',
    risk: 'crash-call-failover',
    sla: 'SLA-010',
  },
  {
    title: 'Buy spare fax gateway hardware',
    description: 'Spare parts for the fax gateway.',
    owner: 'owen',
    due: -380,
    status: 'cancelled',
    risk: 'fax-gateway',
    progress: 'Cancelled: service retired instead.',
  },
  {
    title: 'Review the virtual desktop pilot results',
    description: 'Log-on times, user feedback and support calls from the two pilot teams; go-live recommendation.',
    owner: 'hannah',
    due: 50,
    status: 'open',
    service: 'SVC-025',
    sla: 'SLA-013',
  },
];

export function insertDemoActions(ctx: DemoContext): void {
  const { db, now } = ctx;
  const insert = db.prepare(
    `INSERT INTO actions (title, description, owner_id, due_date, status, risk_id, sla_id, service_id, progress_notes, completed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  demoActions.forEach((action, index) => {
    // Raised a few months before the due date (and never in the future); last touched when done or recently.
    const createdOffset = Math.min(action.due - 90 - (index % 4) * 15, -7);
    const updatedOffset = action.completed ?? Math.max(createdOffset, -(3 + (index % 5) * 6));
    insert.run(
      action.title,
      action.description,
      idOf(ctx.people, action.owner, 'person'),
      dayFrom(now, action.due),
      action.status,
      action.risk ? idOf(ctx.risks, action.risk, 'risk') : null,
      action.sla ? idOf(ctx.slas, action.sla, 'SLA') : null,
      action.service ? idOf(ctx.services, action.service, 'service') : null,
      action.progress ?? '',
      action.completed === undefined ? null : stampFrom(now, action.completed, 330),
      stampFrom(now, createdOffset, 10 + index),
      stampFrom(now, updatedOffset, 340),
    );
  });
}
