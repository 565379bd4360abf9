import type { HeatmapCell } from '../domain/risk-matrix';
import { inWindow, plural, type DateWindow, type SectionHeadline } from './rag';

/** A residual heat map reduced to what a pack draws: counts and colours, highest likelihood first. */
export interface HeatMapView {
  asOf: string;
  likelihood: string[];
  impact: string[];
  counts: number[][];
  colours: string[][];
  total: number;
  unscored: number;
}

/** A grid from the risk repository as a pack draws it. */
export function heatMapView(
  asOf: string,
  grid: readonly HeatmapCell[][],
  likelihoodLabels: readonly string[],
  impactLabels: readonly string[],
  total: number,
  unscored: number,
): HeatMapView {
  return {
    asOf,
    // Grid rows come highest likelihood first, as drawn.
    likelihood: grid.map((row) => likelihoodLabels[row[0]!.likelihood - 1] ?? String(row[0]!.likelihood)),
    impact: [...impactLabels],
    counts: grid.map((row) => row.map((cell) => cell.count)),
    colours: grid.map((row) => row.map((cell) => cell.band.colour)),
    total,
    unscored,
  };
}

export interface RisksRaw {
  bands: string[];
  now: HeatMapView;
  /** The map at the previous review (its frozen snapshot, or rebuilt from assessment history), or null for a first review. */
  previous: HeatMapView | null;
  /** Risks whose residual band differs from the one they had at the window start (rank 0 = lowest band). */
  moves: Array<{ code: string; title: string; fromRank: number; toRank: number }>;
  created: Array<{ code: string; title: string; on: string; bandRank: number | null }>;
  closed: Array<{ code: string; title: string; on: string }>;
  /** How many risks were created and closed in the window, when `created` and `closed` hold only the first of them. */
  createdTotal?: number;
  closedTotal?: number;
  treatments: Array<{ riskCode: string; title: string; ownerName: string | null; dueDate: string | null; status: string; completedOn: string | null }>;
  acceptances: Array<{ riskCode: string; approverName: string; approvedOn: string; expiresOn: string | null; revokedOn: string | null }>;
  decisionsDue: { total: number; rows: Array<{ code: string; title: string; band: string; score: number | null; ownerName: string | null }> };
}

export interface RisksInput extends SectionHeadline {
  bands: string[];
  now: HeatMapView;
  previous: HeatMapView | null;
  counts: {
    open: number;
    created: number;
    closed: number;
    up: number;
    down: number;
    treatmentsDone: number;
    treatmentsLate: number;
    acceptancesGranted: number;
    acceptancesExpiring: number;
    decisionsDue: number;
  };
  moves: Array<{ code: string; title: string; from: string; to: string; direction: 'up' | 'down' }>;
  created: RisksRaw['created'];
  closed: RisksRaw['closed'];
  treatmentsDone: RisksRaw['treatments'];
  treatmentsLate: RisksRaw['treatments'];
  acceptancesGranted: RisksRaw['acceptances'];
  acceptancesExpiring: RisksRaw['acceptances'];
  decisionsDue: RisksRaw['decisionsDue'];
}

/** At most this many risks per list are kept (counts stay exact): a pack is read, not searched. */
export const RISK_LIST_LIMIT = 50;

/** Input (k): the heat map now and at the previous review, movements, treatments, acceptances, decisions due. */
export function compileRisks(raw: RisksRaw, window: DateWindow, asOfDate: string, expiringWithinDays = 90): RisksInput {
  const bandName = (rank: number) => raw.bands[rank] ?? `Band ${rank + 1}`;
  const moves = raw.moves
    .filter((m) => m.fromRank !== m.toRank)
    .map((m) => ({
      code: m.code,
      title: m.title,
      from: bandName(m.fromRank),
      to: bandName(m.toRank),
      direction: (m.toRank > m.fromRank ? 'up' : 'down') as 'up' | 'down',
      jump: Math.abs(m.toRank - m.fromRank),
    }))
    .sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'up' ? -1 : 1) || b.jump - a.jump || a.code.localeCompare(b.code));
  const created = raw.created.filter((r) => inWindow(r.on, window));
  const closed = raw.closed.filter((r) => inWindow(r.on, window));
  const treatmentsDone = raw.treatments.filter((t) => t.status === 'done' && inWindow(t.completedOn, window));
  const treatmentsLate = raw.treatments.filter((t) => (t.status === 'open' || t.status === 'in_progress') && t.dueDate !== null && t.dueDate < asOfDate);
  const acceptancesGranted = raw.acceptances.filter((a) => inWindow(a.approvedOn, window));
  const expiryLimit = new Date(Date.parse(`${asOfDate}T00:00:00Z`) + expiringWithinDays * 86_400_000).toISOString().slice(0, 10);
  const acceptancesExpiring = raw.acceptances.filter(
    (a) => a.revokedOn === null && a.expiresOn !== null && a.expiresOn >= asOfDate && a.expiresOn <= expiryLimit,
  );
  const up = moves.filter((m) => m.direction === 'up').length;
  const counts = {
    open: raw.now.total + raw.now.unscored,
    created: raw.createdTotal ?? created.length,
    closed: raw.closedTotal ?? closed.length,
    up,
    down: moves.length - up,
    treatmentsDone: treatmentsDone.length,
    treatmentsLate: treatmentsLate.length,
    acceptancesGranted: acceptancesGranted.length,
    acceptancesExpiring: acceptancesExpiring.length,
    decisionsDue: raw.decisionsDue.total,
  };
  const limit = <T>(rows: readonly T[]) => rows.slice(0, RISK_LIST_LIMIT);
  let headline: SectionHeadline;
  if (counts.open === 0 && closed.length === 0) headline = { rag: 'none', line: 'No risks in the register.' };
  else
    headline = {
      rag: counts.decisionsDue > 0 || counts.treatmentsLate > 0 ? (counts.decisionsDue > 0 && counts.treatmentsLate > 0 ? 'red' : 'amber') : 'green',
      line: `${plural(counts.open, 'open risk')}: ${counts.created} new, ${counts.closed} closed, ${counts.up} up and ${counts.down} down a band; ${counts.treatmentsLate} treatments late; ${plural(counts.decisionsDue, 'above-appetite decision')} due.`,
    };
  return {
    ...headline,
    bands: [...raw.bands],
    now: raw.now,
    previous: raw.previous,
    counts,
    moves: limit(moves.map(({ jump: _jump, ...m }) => m)),
    created: limit(created),
    closed: limit(closed),
    treatmentsDone: limit(treatmentsDone),
    treatmentsLate: limit(treatmentsLate),
    acceptancesGranted: limit(acceptancesGranted),
    acceptancesExpiring: limit(acceptancesExpiring),
    decisionsDue: { total: raw.decisionsDue.total, rows: limit(raw.decisionsDue.rows) },
  };
}
