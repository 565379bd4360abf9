import type { RiskImportPreview } from '../../../../../shared/import/risk-import-fields';

export type RatingScale = 'likelihood' | 'impact';

/** The user's choices in the rating step: rating text → level, per scale. Only what the user chose. */
export interface RatingChoices {
  likelihood: Record<string, number>;
  impact: Record<string, number>;
}

export const NO_CHOICES: RatingChoices = { likelihood: {}, impact: {} };

/** The choices as risks.importPreview takes them, or undefined when the user chose nothing. */
export function ratingMapInput(choices: RatingChoices): RatingChoices | undefined {
  return Object.keys(choices.likelihood).length + Object.keys(choices.impact).length > 0 ? choices : undefined;
}

/** How many rating texts the matrix cannot place yet; the import waits until this is 0. */
export function unmappedCount(preview: RiskImportPreview): number {
  return preview.unmappedRatings.likelihood.length + preview.unmappedRatings.impact.length;
}
