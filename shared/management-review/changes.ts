import { addDaysIso } from '../domain/dates';
import { inWindow, plural, type DateWindow, type SectionHeadline } from './rag';

/** What the queries return for "changes since the last review" (dates are YYYY-MM-DD). */
export interface ChangesRaw {
  servicesAdded: Array<{ code: string; name: string; on: string }>;
  lifecycleChanges: Array<{ code: string; name: string; lifecycle: string; on: string }>;
  tierChanges: Array<{ code: string; name: string; from: number; to: number; on: string }>;
  suppliersAdded: Array<{ name: string; on: string }>;
  /** Every contract with an end date on or after the window start, plus those created in it. */
  contracts: Array<{ title: string; supplier: string | null; kind: string; createdOn: string; endDate: string | null; noticeDays: number | null }>;
  slas: Array<{ code: string; name: string; status: string; createdOn: string; validFrom: string | null; validTo: string | null; changedOn: string[] }>;
  matrixChanges: Array<{ version: number; on: string; by: string }>;
}

export interface ChangeRow {
  kind: string;
  subject: string;
  detail: string;
  on: string;
}

export interface ChangesInput extends SectionHeadline {
  window: DateWindow;
  counts: Record<
    | 'servicesAdded'
    | 'servicesRetired'
    | 'lifecycle'
    | 'tier'
    | 'suppliersAdded'
    | 'contractsAdded'
    | 'contractsEnded'
    | 'contractsEnding'
    | 'slasAgreed'
    | 'slasChanged'
    | 'slasExpired'
    | 'matrix',
    number
  >;
  rows: ChangeRow[];
  /** Contracts ending within six months of the as-of date. */
  endingSoon: Array<{ title: string; supplier: string | null; endDate: string; noticeDate: string | null }>;
}

const TIER = (tier: number) => `Tier ${tier}`;

/** Input (b): what changed in the window, and the contracts ending within six months after `asOfDate`. */
export function compileChanges(raw: ChangesRaw, window: DateWindow, asOfDate: string): ChangesInput {
  const rows: ChangeRow[] = [];
  for (const s of raw.servicesAdded) if (inWindow(s.on, window)) rows.push({ kind: 'Service added', subject: `${s.code} ${s.name}`, detail: '', on: s.on });
  for (const s of raw.lifecycleChanges)
    if (inWindow(s.on, window))
      rows.push({
        kind: s.lifecycle === 'retired' ? 'Service retired' : 'Lifecycle changed',
        subject: `${s.code} ${s.name}`,
        detail: `now ${s.lifecycle}`,
        on: s.on,
      });
  for (const s of raw.tierChanges)
    if (inWindow(s.on, window)) rows.push({ kind: 'Tier changed', subject: `${s.code} ${s.name}`, detail: `${TIER(s.from)} → ${TIER(s.to)}`, on: s.on });
  for (const s of raw.suppliersAdded) if (inWindow(s.on, window)) rows.push({ kind: 'Supplier added', subject: s.name, detail: '', on: s.on });
  const sixMonths = addMonths(asOfDate, 6);
  const endingSoon: ChangesInput['endingSoon'] = [];
  let contractsAdded = 0;
  let contractsEnded = 0;
  for (const c of raw.contracts) {
    const subject = c.supplier ? `${c.title} (${c.supplier})` : c.title;
    if (inWindow(c.createdOn, window)) {
      contractsAdded += 1;
      rows.push({ kind: 'Contract added', subject, detail: c.kind === 'ola' ? 'OLA' : 'underpinning contract', on: c.createdOn });
    }
    if (c.endDate !== null && inWindow(c.endDate, window)) {
      contractsEnded += 1;
      rows.push({ kind: 'Contract ended', subject, detail: '', on: c.endDate });
    } else if (c.endDate !== null && c.endDate > asOfDate && c.endDate <= sixMonths) {
      endingSoon.push({
        title: c.title,
        supplier: c.supplier,
        endDate: c.endDate,
        noticeDate: c.noticeDays === null ? null : addDaysIso(c.endDate, -c.noticeDays),
      });
    }
  }
  endingSoon.sort((a, b) => a.endDate.localeCompare(b.endDate) || a.title.localeCompare(b.title));
  let slasAgreed = 0;
  let slasChanged = 0;
  let slasExpired = 0;
  for (const sla of raw.slas) {
    const subject = `${sla.code} ${sla.name}`;
    const agreedOn = sla.status !== 'draft' ? (sla.validFrom ?? sla.createdOn) : null;
    if (agreedOn !== null && inWindow(agreedOn, window)) {
      slasAgreed += 1;
      rows.push({ kind: 'SLA agreed', subject, detail: '', on: agreedOn });
    }
    const changes = sla.changedOn.filter((on) => inWindow(on, window) && on !== agreedOn);
    if (changes.length > 0) {
      slasChanged += 1;
      rows.push({ kind: 'SLA changed', subject, detail: plural(changes.length, 'change'), on: changes[changes.length - 1]! });
    }
    const expiredOn = sla.validTo !== null && sla.validTo < asOfDate ? sla.validTo : null;
    if (expiredOn !== null && inWindow(expiredOn, window)) {
      slasExpired += 1;
      rows.push({ kind: 'SLA expired', subject, detail: '', on: expiredOn });
    }
  }
  for (const m of raw.matrixChanges)
    if (inWindow(m.on, window)) rows.push({ kind: 'Risk matrix changed', subject: `Version ${m.version}`, detail: `by ${m.by}`, on: m.on });
  rows.sort((a, b) => a.on.localeCompare(b.on) || a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject));
  const count = (kind: string) => rows.filter((row) => row.kind === kind).length;
  const counts = {
    servicesAdded: count('Service added'),
    servicesRetired: count('Service retired'),
    lifecycle: count('Lifecycle changed'),
    tier: count('Tier changed'),
    suppliersAdded: count('Supplier added'),
    contractsAdded,
    contractsEnded,
    contractsEnding: endingSoon.length,
    slasAgreed,
    slasChanged,
    slasExpired,
    matrix: count('Risk matrix changed'),
  };
  const noticePassed = endingSoon.filter((c) => c.noticeDate !== null && c.noticeDate <= asOfDate).length;
  if (rows.length === 0 && endingSoon.length === 0) return { rag: 'none', line: 'No changes recorded in the period.', window, counts, rows, endingSoon };
  const rag = noticePassed > 0 || slasExpired > 0 ? 'red' : endingSoon.length > 0 ? 'amber' : 'green';
  const line = `${plural(counts.servicesAdded, 'service')} added, ${counts.servicesRetired} retired, ${plural(slasAgreed, 'SLA')} agreed, ${slasChanged} changed, ${slasExpired} expired; ${plural(endingSoon.length, 'contract')} ending within 6 months${noticePassed ? ` (${noticePassed} past the notice date)` : ''}.`;
  return { rag, line, window, counts, rows, endingSoon };
}

/** The same day `months` later, clamped to the month's end (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
