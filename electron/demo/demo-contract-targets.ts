import type { DemoContext } from './demo-context';
import { periodFrom } from './demo-context';
import type { DemoTarget } from './demo-sla-data';
import { monthlyValue } from './demo-slas';
import { seededRandom } from './seeded-random';

/** Measured targets of some contracts and OLAs, so supplier performance can be shown next to the SLAs. */
const contractTargets: ReadonlyArray<{ contract: string; targets: DemoTarget[] }> = [
  {
    contract: 'Managed WAN, LAN and Wi-Fi',
    targets: [
      {
        kind: 'availability',
        label: 'WAN availability (all sites)',
        target: 99.95,
        warning: 99.98,
        typical: 99.985,
        spread: 0.012,
        events: [{ monthsAgo: 7, value: 99.91, note: 'Fibre cut on the Northgate ring (contractor damage): three community sites down 1 h 50 min.' }],
      },
      {
        kind: 'resolution',
        label: 'P1 fixed within 4 hours',
        priority: 'P1',
        minutes: 240,
        target: 95,
        typical: 98,
        spread: 2,
        volume: 4,
        events: [{ monthsAgo: 7, value: 75, note: 'One of four P1s fixed in 6 h 10 min (fibre repair).' }],
      },
    ],
  },
  {
    contract: 'PACS support (regional imaging network)',
    targets: [
      {
        kind: 'availability',
        label: 'PACS availability',
        target: 99.9,
        warning: 99.95,
        typical: 99.97,
        spread: 0.02,
        events: [{ monthsAgo: 10, value: 99.8, note: 'Regional image-sharing gateway outage (supplier side).' }],
      },
    ],
  },
  {
    contract: 'OLA: database and integration support for clinical systems',
    targets: [
      {
        kind: 'response',
        label: 'P1 engineer engaged within 15 minutes',
        priority: 'P1',
        minutes: 15,
        target: 95,
        warning: 97,
        typical: 98.5,
        spread: 1.5,
        volume: 3,
      },
    ],
  },
];

/** Targets and twelve months of results for the contracts above. */
export function insertDemoContractTargets(ctx: DemoContext): void {
  const { db, now } = ctx;
  const random = seededRandom(20262);
  const contractId = db.prepare('SELECT id FROM contracts WHERE title = ?').pluck();
  const insertTarget = db.prepare(
    `INSERT INTO sla_targets (contract_id, kind, label, priority, time_limit_minutes, unit, direction, target, warning, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasurement = db.prepare('INSERT INTO sla_measurements (target_id, period, value, workload, notes) VALUES (?, ?, ?, ?, ?)');
  for (const { contract, targets } of contractTargets) {
    const id = contractId.get(contract) as number | undefined;
    if (id === undefined) throw new Error(`demo data refers to unknown contract "${contract}"`);
    targets.forEach((target, index) => {
      const targetId = Number(
        insertTarget.run(
          id,
          target.kind,
          target.label,
          target.priority ?? null,
          target.minutes ?? null,
          target.unit ?? '%',
          target.direction ?? 'higher',
          target.target,
          target.warning ?? null,
          index,
        ).lastInsertRowid,
      );
      for (let monthsAgo = 12; monthsAgo >= 1; monthsAgo -= 1) {
        const { value, note } = monthlyValue(target, monthsAgo, random);
        const workload = target.volume === undefined ? null : Math.round(target.volume * (0.85 + random() * 0.3));
        insertMeasurement.run(targetId, periodFrom(now, monthsAgo), value, workload, note);
      }
    });
  }
}
