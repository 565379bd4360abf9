/**
 * The inputs of a management review (ISO/IEC 20000-1 9.3), in the order the pack shows them.
 * `compiled` sections are built from workspace data; `narrative` ones are inputs the workspace
 * holds no data for yet: they always appear, with prompts, so none goes silently missing.
 */
export const SECTION_KEYS = [
  'previousActions',
  'changes',
  'servicePerformance',
  'supplierPerformance',
  'risks',
  'reviewTimeliness',
  'nonconformities',
  'auditResults',
  'customerFeedback',
  'policies',
  'objectives',
  'resources',
  'improvementOpportunities',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionInfo {
  key: SectionKey;
  title: string;
  /** The clause item of 9.3 it answers. */
  clause: string;
  kind: 'compiled' | 'narrative';
  /** What the narrative box asks for. */
  prompts: readonly string[];
}

export const SECTIONS: readonly SectionInfo[] = [
  {
    key: 'previousActions',
    title: 'Actions from previous reviews',
    clause: '9.3 a)',
    kind: 'compiled',
    prompts: ['Which carried-over actions need a decision today?'],
  },
  {
    key: 'changes',
    title: 'Changes since the last review',
    clause: '9.3 b)',
    kind: 'compiled',
    prompts: ['External and internal issues that changed', 'Effect of the changes on the SMS'],
  },
  {
    key: 'servicePerformance',
    title: 'Service performance',
    clause: '9.3 h), c) 2)',
    kind: 'compiled',
    prompts: ['Causes of the breaches', 'Are the improvement actions enough?'],
  },
  { key: 'supplierPerformance', title: 'Supplier performance', clause: '9.3 i)', kind: 'compiled', prompts: ['Suppliers to discuss', 'Renewals to decide'] },
  {
    key: 'risks',
    title: 'Risks and opportunities',
    clause: '9.3 k)',
    kind: 'compiled',
    prompts: ['Effectiveness of the treatments', 'Risks above the appetite to decide'],
  },
  {
    key: 'reviewTimeliness',
    title: 'Reviews done on time and late',
    clause: '9.3 c) 2)',
    kind: 'compiled',
    prompts: ['Why reviews were late, and who will catch up'],
  },
  {
    key: 'nonconformities',
    title: 'Nonconformities and corrective actions',
    clause: '9.3 c) 1)',
    kind: 'narrative',
    prompts: ['Nonconformities raised and closed', 'Trend', 'Corrective actions still open'],
  },
  {
    key: 'auditResults',
    title: 'Audit results',
    clause: '9.3 c) 3)',
    kind: 'narrative',
    prompts: ['Internal audits held', 'External audit findings', 'Open findings'],
  },
  {
    key: 'customerFeedback',
    title: 'Customer and interested-party feedback',
    clause: '9.3 e)',
    kind: 'narrative',
    prompts: ['Complaints and compliments', 'Satisfaction results', 'Feedback from other interested parties'],
  },
  {
    key: 'policies',
    title: 'Service management policy and other policies',
    clause: '9.3 f)',
    kind: 'narrative',
    prompts: ['Adherence', 'Still suitable?', 'Changes proposed'],
  },
  { key: 'objectives', title: 'Service management objectives', clause: '9.3 g)', kind: 'narrative', prompts: ['Objectives achieved', 'Objectives at risk'] },
  {
    key: 'resources',
    title: 'Resources and capabilities',
    clause: '9.3 j)',
    kind: 'narrative',
    prompts: ['Human, technical, information and financial resources now', 'Forecast needs'],
  },
  {
    key: 'improvementOpportunities',
    title: 'Opportunities for continual improvement',
    clause: '9.3 d)',
    kind: 'narrative',
    prompts: ['Improvements proposed', 'Benefits expected'],
  },
];

export const SECTION_BY_KEY: Readonly<Record<SectionKey, SectionInfo>> = Object.fromEntries(SECTIONS.map((section) => [section.key, section])) as Record<
  SectionKey,
  SectionInfo
>;

export function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value);
}
