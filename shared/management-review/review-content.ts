import type { ChangesInput } from './changes';
import type { PreviousActionsInput } from './previous-actions';
import type { Rag, SectionHeadline } from './rag';
import type { DecisionType, ManagementReviewStatus } from './review-entity';
import type { ReviewTimelinessInput } from './review-timeliness';
import type { RisksInput } from './risks-input';
import { SECTIONS, type SectionKey } from './sections';
import type { ServicePerformanceInput } from './service-performance';
import type { SupplierPerformanceInput } from './supplier-performance';

/** The inputs compiled from workspace data. */
export interface CompiledInputs {
  previousActions: PreviousActionsInput;
  changes: ChangesInput;
  servicePerformance: ServicePerformanceInput;
  supplierPerformance: SupplierPerformanceInput;
  risks: RisksInput;
  reviewTimeliness: ReviewTimelinessInput;
}

export type CompiledSectionKey = keyof CompiledInputs;

/** Who and what the review is about, as frozen with the inputs. */
export interface ReviewHeader {
  id: number;
  title: string;
  organisation: string;
  periodFrom: string;
  periodTo: string;
  meetingDate: string | null;
  chair: string | null;
  preparer: string | null;
  attendees: string[];
  previousReview: { id: number; title: string; periodTo: string } | null;
}

/** What "held" freezes: canonical JSON of this is stored with its SHA-256. */
export interface ReviewSnapshot {
  format: 'serviceledger.management-review/1';
  /** The instant the inputs were compiled (held: the moment it was marked held); every pack date is pinned to it. */
  asOf: string;
  /** The business date of `asOf`, which decides what is overdue. */
  asOfDate: string;
  review: ReviewHeader;
  inputs: CompiledInputs;
  narratives: Partial<Record<SectionKey, string>>;
}

export interface DecisionView {
  id: number;
  type: DecisionType;
  title: string;
  description: string;
  ownerName: string | null;
  dueDate: string | null;
  inputKey: SectionKey | null;
}

/** A review's content as screens and packs show it: frozen (held, closed) or compiled live. */
export interface ReviewContent {
  status: ManagementReviewStatus;
  frozen: boolean;
  snapshotSha256: string | null;
  snapshot: ReviewSnapshot;
  decisions: DecisionView[];
  signOff: { by: string; at: string } | null;
}

export interface SummaryLine extends SectionHeadline {
  key: SectionKey;
  title: string;
  clause: string;
}

/** The executive summary: one red/amber/green line per input, narrative inputs included. */
export function executiveSummary(snapshot: Pick<ReviewSnapshot, 'inputs' | 'narratives'>): SummaryLine[] {
  return SECTIONS.map((section) => {
    if (section.kind === 'compiled') {
      const input = snapshot.inputs[section.key as CompiledSectionKey];
      return { key: section.key, title: section.title, clause: section.clause, rag: input.rag, line: input.line };
    }
    const narrative = snapshot.narratives[section.key]?.trim() ?? '';
    const rag: Rag = 'none';
    return {
      key: section.key,
      title: section.title,
      clause: section.clause,
      rag,
      line: narrative ? firstSentence(narrative) : 'No data in the workspace and no narrative written.',
    };
  });
}

function firstSentence(text: string): string {
  const line = text
    .split('\n')
    .find((part) => part.trim() !== '')!
    .trim();
  const match = /^(.{1,200}?[.!?])(\s|$)/.exec(line);
  return match ? match[1]! : line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
