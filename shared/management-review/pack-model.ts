import type { ActionBurnDown } from './action-burn-down';
import { DECISION_TYPE_LABELS, STATUS_LABELS } from './review-entity';
import { executiveSummary, type ReviewContent } from './review-content';
import { RAG_LABELS, type Rag } from './rag';
import type { HeatMapView } from './risks-input';
import { SECTION_BY_KEY, SECTIONS, type SectionKey } from './sections';

/**
 * The review pack as a document-neutral model: the PDF, Word and Excel writers and the in-app
 * preview all draw the same sections, so the three formats can never disagree on content.
 */
export type PackBlock =
  | { kind: 'paragraph'; text: string; style?: 'muted' | 'narrative' | 'prompt' }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; name: string; columns: string[]; rows: string[][]; rag?: Array<Rag | null>; ragColumn?: number; empty: string }
  | { kind: 'heatmaps'; maps: Array<{ title: string; map: HeatMapView }> }
  | { kind: 'bars'; title: string; unit: string; bars: Array<{ label: string; value: number | null; previous?: number | null }> }
  | ({ kind: 'burndown'; title: string } & ActionBurnDown);

/** The burn-down as a table (Word, Excel, and what a screen reader gets). */
export function burnDownTable(block: Extract<PackBlock, { kind: 'burndown' }>): { columns: string[]; rows: Array<[string, number, number, number]> } {
  return {
    columns: [block.unit === 'week' ? 'Week from' : 'Month', 'Raised', 'Done', 'Open at end'],
    rows: block.points.map((p) => [block.unit === 'week' ? p.from : p.label, p.raised, p.done, p.open]),
  };
}

export interface PackSection {
  key: SectionKey | 'summary' | 'decisions' | 'appendix';
  title: string;
  clause: string | null;
  blocks: PackBlock[];
}

export interface PackModel {
  title: string;
  organisation: string;
  /** Shown on every page: what the reader holds. */
  status: string;
  period: string;
  asOf: string;
  snapshotSha256: string | null;
  cover: Array<[string, string]>;
  sections: PackSection[];
}

/** Numbers as people read them (at most two decimals, grouped); empty values as a dash. */
const dash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : value;
const pct = (value: number | null) => (value === null ? '—' : `${value} %`);
const RANK = ['', 'Met', 'At risk', 'Breached'] as const;
const KIND: Readonly<Record<string, string>> = { risk: 'Risk', sla: 'SLA', service: 'Service', supplier: 'Supplier' };
const kindLabel = (kind: string) => KIND[kind] ?? kind;
const table = (name: string, columns: string[], rows: string[][], empty: string, rag?: Array<Rag | null>, ragColumn?: number): PackBlock => ({
  kind: 'table',
  name,
  columns,
  rows,
  empty,
  ...(rag ? { rag } : {}),
  ...(ragColumn ? { ragColumn } : {}),
});

function narrativeBlocks(content: ReviewContent, key: SectionKey): PackBlock[] {
  const text = content.snapshot.narratives[key]?.trim() ?? '';
  const section = SECTION_BY_KEY[key];
  const blocks: PackBlock[] = [
    { kind: 'subheading', text: section.kind === 'narrative' ? 'Narrative (no data held in the workspace for this input)' : 'The team’s reading' },
  ];
  if (text) blocks.push({ kind: 'paragraph', text, style: 'narrative' });
  else {
    blocks.push({ kind: 'paragraph', text: 'No narrative written.', style: 'muted' });
    blocks.push({ kind: 'paragraph', text: `To cover: ${section.prompts.join('; ')}.`, style: 'prompt' });
  }
  return blocks;
}

/** The blocks of one input compiled from data (without its narrative). */
export function inputBlocks(content: ReviewContent, key: SectionKey): PackBlock[] {
  const inputs = content.snapshot.inputs;
  switch (key) {
    case 'previousActions': {
      const a = inputs.previousActions;
      return [
        { kind: 'paragraph', text: a.line },
        table(
          'Actions from previous reviews',
          ['Action', 'Raised by', 'Owner', 'Due', 'Status', 'Days overdue'],
          a.rows.map((r) => [
            r.title,
            r.reviewTitle,
            dash(r.ownerName),
            dash(r.dueDate),
            r.carriedOver ? `${r.state} (carried over)` : r.state,
            r.daysOverdue ? String(r.daysOverdue) : '',
          ]),
          'No actions from previous reviews.',
          a.rows.map((r) => (r.state === 'overdue' ? 'red' : r.state === 'open' ? 'amber' : r.state === 'done' ? 'green' : null)),
        ),
        ...(a.burnDown && a.burnDown.points.some((p) => p.open + p.raised + p.done > 0)
          ? [
              {
                kind: 'burndown',
                title: `Action burn-down: management review decisions by ${a.burnDown.unit} (${a.burnDown.openAtStart.toLocaleString('en-GB')} open at the start)`,
                ...a.burnDown,
              } as PackBlock,
            ]
          : []),
        ...(a.counts.total > 0
          ? [
              {
                kind: 'bars',
                title: 'Previous actions by status',
                unit: '',
                bars: [
                  { label: 'Done', value: a.counts.done },
                  { label: 'Open', value: a.counts.open },
                  { label: 'Overdue', value: a.counts.overdue },
                  { label: 'Cancelled', value: a.counts.cancelled },
                ],
              } as PackBlock,
            ]
          : []),
      ];
    }
    case 'changes': {
      const c = inputs.changes;
      return [
        { kind: 'paragraph', text: `${c.line} Window ${c.window.from} to ${c.window.to}.` },
        table(
          'Changes',
          ['Date', 'Change', 'Subject', 'Detail'],
          c.rows.map((r) => [r.on, r.kind, r.subject, r.detail]),
          'No changes recorded in the period.',
        ),
        table(
          'Contracts ending within 6 months',
          ['Contract', 'Supplier', 'Ends', 'Notice by'],
          c.endingSoon.map((r) => [r.title, dash(r.supplier), r.endDate, dash(r.noticeDate)]),
          'No contract ends within six months.',
        ),
      ];
    }
    case 'servicePerformance': {
      const s = inputs.servicePerformance;
      return [
        { kind: 'paragraph', text: s.line },
        {
          kind: 'bars',
          title: 'SLA-months met per month (this period, and the same month of the previous period)',
          unit: '%',
          bars: s.months.map((m, i) => ({ label: m.period, value: m.attainment, previous: s.previousMonths[i]?.attainment ?? null })),
        },
        table(
          'Attainment per month',
          ['Month', 'SLAs measured', 'Met', 'At risk', 'Breached', 'Attainment'],
          s.months.map((m) => [m.period, String(m.measured), String(m.met), String(m.atRisk), String(m.breached), pct(m.attainment)]),
          'No SLA results in the period.',
        ),
        table(
          'Breaches and improvement actions',
          ['SLA', 'Service', 'Target', 'Months breached', 'Worst', 'Improvement actions'],
          s.breaches.map((b) => [
            b.slaCode,
            b.serviceName,
            `${b.targetLabel} (${b.target}${b.unit === '%' ? ' %' : ` ${b.unit}`})`,
            b.periods.join(', '),
            dash(b.worstValue),
            b.actions.length ? b.actions.map((a) => `${a.title} (${a.status}${a.dueDate ? `, due ${a.dueDate}` : ''})`).join('; ') : 'None raised',
          ]),
          'No target was breached in the period.',
          s.breaches.map((b) => (b.actions.length ? 'amber' : 'red')),
        ),
        table(
          'Per service and month (worst SLA result)',
          ['Service', 'Name', ...s.periods, 'Attainment'],
          s.services.map((r) => [r.code, r.name, ...r.months.map((m) => (m === null ? '—' : RANK[m])), pct(r.attainment)]),
          'No service has SLA results in the period.',
          s.services.map((r) => (r.breachedMonths > 0 ? 'red' : r.months.includes(2) ? 'amber' : 'green')),
        ),
      ];
    }
    case 'supplierPerformance': {
      const p = inputs.supplierPerformance;
      return [
        { kind: 'paragraph', text: p.line },
        table(
          'Contract and OLA targets',
          ['Contract', 'Supplier', 'Target', 'Months measured', 'Met', 'At risk', 'Breached', 'Latest'],
          p.targets.map((t) => [
            t.contractTitle,
            dash(t.supplier),
            `${t.targetLabel} (${t.target}${t.unit === '%' ? ' %' : ` ${t.unit}`})`,
            String(t.measured),
            String(t.met),
            String(t.atRisk),
            String(t.breached),
            dash(t.latest),
          ]),
          'No contract or OLA results in the period.',
          p.targets.map((t) => (t.breached ? 'red' : t.atRisk ? 'amber' : 'green')),
        ),
        table(
          'Renewals and notice dates ahead',
          ['Contract', 'Supplier', 'Ends', 'Notice by', 'Days to notice'],
          p.renewals.map((r) => [r.title, dash(r.supplier), r.endDate, dash(r.noticeDate), dash(r.daysToNotice)]),
          'No renewal within six months.',
        ),
      ];
    }
    case 'risks': {
      const r = inputs.risks;
      const maps: Array<{ title: string; map: HeatMapView }> = [{ title: `Now (${r.now.asOf})`, map: r.now }];
      if (r.previous) maps.unshift({ title: `At the previous review (${r.previous.asOf})`, map: r.previous });
      const n = r.counts;
      return [
        { kind: 'paragraph', text: r.line },
        { kind: 'heatmaps', maps },
        table(
          'Movement',
          ['Measure', 'Count'],
          [
            ['Open risks', n.open],
            ['New in the period', n.created],
            ['Closed in the period', n.closed],
            ['Up a band', n.up],
            ['Down a band', n.down],
            ['Treatments done', n.treatmentsDone],
            ['Treatments late', n.treatmentsLate],
            ['Acceptances granted', n.acceptancesGranted],
            ['Acceptances expiring within 90 days', n.acceptancesExpiring],
            ['Above-appetite decisions due', n.decisionsDue],
          ].map(([a, b]) => [String(a), Number(b).toLocaleString('en-GB')]),
          '',
        ),
        table(
          'Risks that changed band',
          ['Risk', 'Title', 'From', 'To', 'Direction'],
          r.moves.map((m) => [m.code, m.title, m.from, m.to, m.direction]),
          'No risk changed band in the period.',
          r.moves.map((m) => (m.direction === 'up' ? 'red' : 'green')),
        ),
        table(
          'New risks',
          ['Risk', 'Title', 'Identified'],
          r.created.map((c) => [c.code, c.title, c.on]),
          'No new risks in the period.',
        ),
        table(
          'Closed risks',
          ['Risk', 'Title', 'Closed'],
          r.closed.map((c) => [c.code, c.title, c.on]),
          'No risks closed in the period.',
        ),
        table(
          'Treatments late',
          ['Risk', 'Action', 'Owner', 'Due'],
          r.treatmentsLate.map((t) => [t.riskCode, t.title, dash(t.ownerName), dash(t.dueDate)]),
          'No treatment is late.',
        ),
        table(
          'Treatments done',
          ['Risk', 'Action', 'Owner', 'Completed'],
          r.treatmentsDone.map((t) => [t.riskCode, t.title, dash(t.ownerName), dash(t.completedOn)]),
          'No treatment completed in the period.',
        ),
        table(
          'Acceptances granted and expiring',
          ['Risk', 'Approver', 'Approved', 'Expires'],
          [...r.acceptancesGranted, ...r.acceptancesExpiring.filter((a) => !r.acceptancesGranted.includes(a))].map((a) => [
            a.riskCode,
            a.approverName,
            a.approvedOn,
            dash(a.expiresOn),
          ]),
          'No acceptance granted or expiring.',
        ),
        table(
          'Above-appetite decisions due',
          ['Risk', 'Title', 'Band', 'Score', 'Owner'],
          r.decisionsDue.rows.map((d) => [d.code, d.title, d.band, dash(d.score), dash(d.ownerName)]),
          'No risk above the appetite waits for a decision.',
          r.decisionsDue.rows.map(() => 'red'),
        ),
      ];
    }
    case 'reviewTimeliness': {
      const t = inputs.reviewTimeliness;
      return [
        { kind: 'paragraph', text: t.line },
        ...(t.counts.done + t.counts.overdue > 0
          ? [
              {
                kind: 'bars',
                title: 'Reviews',
                unit: '',
                bars: [
                  { label: 'On time', value: t.counts.onTime },
                  { label: 'Late', value: t.counts.late },
                  { label: 'Overdue now', value: t.counts.overdue },
                ],
              } as PackBlock,
            ]
          : []),
        table(
          'Reviews done late',
          ['Subject', 'Kind', 'Due', 'Done', 'Days late', 'Reviewer'],
          t.late.map((l) => [l.subject, kindLabel(l.subjectKind), dash(l.dueOn), l.reviewedOn, String(l.daysLate), dash(l.reviewerName)]),
          'No review was done late.',
        ),
        table(
          'Overdue reviews by owner',
          ['Owner', 'Kind', 'Overdue'],
          t.overdueByOwner.map((o) => [o.ownerName ?? 'No owner', kindLabel(o.subjectKind), o.count.toLocaleString('en-GB')]),
          'No review is overdue.',
        ),
      ];
    }
    default:
      return [];
  }
}

/** The pack of a review: cover facts, executive summary, one section per input, decisions, appendix. */
export function buildPackModel(content: ReviewContent): PackModel {
  const { snapshot } = content;
  const review = snapshot.review;
  const summary = executiveSummary(snapshot);
  const status = content.frozen ? STATUS_LABELS[content.status] : `${STATUS_LABELS[content.status]} — draft compiled live, not frozen`;
  const sections: PackSection[] = [
    {
      key: 'summary',
      title: 'Executive summary',
      clause: null,
      blocks: [
        table(
          'Executive summary',
          ['Input', 'Clause', 'Status', 'Summary'],
          summary.map((s) => [s.title, s.clause, RAG_LABELS[s.rag], s.line]),
          '',
          summary.map((s) => s.rag),
          2,
        ),
      ],
    },
    ...SECTIONS.map((section) => ({
      key: section.key,
      title: section.title,
      clause: section.clause,
      blocks: [...inputBlocks(content, section.key), ...narrativeBlocks(content, section.key)],
    })),
    {
      key: 'decisions',
      title: 'Decisions and actions',
      clause: '9.3 outputs',
      blocks: [
        table(
          'Decisions',
          ['#', 'Type', 'Decision', 'Owner', 'Due', 'Input'],
          content.decisions.map((d, i) => [
            String(i + 1),
            DECISION_TYPE_LABELS[d.type],
            d.description ? `${d.title} — ${d.description}` : d.title,
            dash(d.ownerName),
            dash(d.dueDate),
            d.inputKey ? SECTION_BY_KEY[d.inputKey].title : '—',
          ]),
          'No decisions recorded yet.',
        ),
      ],
    },
    {
      key: 'appendix',
      title: 'Appendix: data snapshot',
      clause: null,
      blocks: [
        {
          kind: 'paragraph',
          text: content.frozen
            ? `The inputs above were frozen when the review was marked held, at ${snapshot.asOf}. The snapshot is stored in the workspace as canonical JSON; its SHA-256 is ${content.snapshotSha256}.`
            : `Compiled live at ${snapshot.asOf}; not frozen until the review is marked held.`,
        },
        table('Snapshot manifest', ['Section', 'Clause', 'Rows', 'Status'], manifestRows(content), ''),
      ],
    },
  ];
  return {
    title: review.title,
    organisation: review.organisation,
    status,
    period: `${review.periodFrom} to ${review.periodTo}`,
    asOf: snapshot.asOf,
    snapshotSha256: content.snapshotSha256,
    cover: [
      ['Organisation', review.organisation],
      ['Period covered', `${review.periodFrom} to ${review.periodTo}`],
      ['Meeting date', dash(review.meetingDate)],
      ['Chair', dash(review.chair)],
      ['Prepared by', dash(review.preparer)],
      ['Attendees', review.attendees.length ? review.attendees.join(', ') : '—'],
      ['Status', status],
      ['Data as of', snapshot.asOf],
      ['Previous review', review.previousReview ? `${review.previousReview.title} (to ${review.previousReview.periodTo})` : 'None (first review)'],
      ['Snapshot SHA-256', dash(content.snapshotSha256)],
      ['Signed off', content.signOff ? `${content.signOff.by}, ${content.signOff.at}` : 'Not yet'],
    ],
    sections,
  };
}

function manifestRows(content: ReviewContent): string[][] {
  const inputs = content.snapshot.inputs;
  const rows: Record<string, number> = {
    previousActions: inputs.previousActions.rows.length,
    changes: inputs.changes.rows.length + inputs.changes.endingSoon.length,
    servicePerformance: inputs.servicePerformance.services.length + inputs.servicePerformance.breaches.length,
    supplierPerformance: inputs.supplierPerformance.targets.length + inputs.supplierPerformance.renewals.length,
    risks: inputs.risks.counts.open,
    reviewTimeliness: inputs.reviewTimeliness.counts.done + inputs.reviewTimeliness.overdueByOwner.length,
  };
  return SECTIONS.map((s) => [
    s.title,
    s.clause,
    s.kind === 'compiled' ? String(rows[s.key] ?? 0) : 'narrative',
    s.kind === 'compiled' ? RAG_LABELS[inputs[s.key as keyof typeof inputs].rag] : content.snapshot.narratives[s.key]?.trim() ? 'written' : 'not written',
  ]);
}
