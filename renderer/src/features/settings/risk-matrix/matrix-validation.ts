import { riskMatrixSchema } from '../../../../../shared/domain/risk-matrix';
import { matrixFromDraft, type MatrixDraft } from './matrix-draft';

/** Problems keyed by the matrix path they are about ("banding.bands.1.minScore"), each a full sentence. */
export type MatrixErrors = Record<string, string>;

const ordinal = (index: unknown) => (typeof index === 'number' ? index + 1 : Number(index) + 1);

/** The name of the field a matrix path points at, as the editor labels it. */
export function fieldName(path: ReadonlyArray<PropertyKey>, draft: MatrixDraft): string {
  const [first, second, third, fourth] = path;
  if (first === 'likelihood' || first === 'impact') {
    const scale = first === 'likelihood' ? 'Likelihood' : 'Impact';
    if (second === undefined) return `${scale} scale`;
    return `${scale} level ${ordinal(second)} ${third === 'description' ? 'description' : 'label'}`;
  }
  if (first === 'score') {
    if (third === undefined) return 'Score table';
    if (fourth === undefined) return `Score table row ${ordinal(third)}`;
    return `Score of likelihood ${ordinal(third)} × impact ${ordinal(fourth)}`;
  }
  if (first === 'banding') {
    if (second === 'bands' && third !== undefined) {
      const band = draft.bands[Number(third)];
      const named = band?.name.trim() ? ` (${band.name.trim()})` : '';
      const what = fourth === 'minScore' ? 'minimum score' : fourth === 'colour' ? 'colour' : 'name';
      return `Band ${ordinal(third)}${named} ${what}`;
    }
    if (second === 'cells' && fourth !== undefined) return `Band of likelihood ${ordinal(third)} × impact ${ordinal(fourth)}`;
    return 'Bands';
  }
  if (first === 'appetite') return second === 'score' ? 'Appetite score' : 'Appetite band';
  return 'Matrix';
}

/** "Band 2 name" + "is required" → "Band 2 name is required"; a message that is already a sentence gets a colon. */
export function sentence(field: string, message: string): string {
  return /^(is|must|are|has)\b/.test(message) ? `${field} ${message}.` : `${field}: ${message}${/[.!?]$/.test(message) ? '' : '.'}`;
}

/**
 * Check the draft with the same schema the API uses, so the editor says exactly what the host
 * would refuse, before anything is sent. Empty when the matrix is valid.
 */
export function validateDraft(draft: MatrixDraft): MatrixErrors {
  const result = riskMatrixSchema.safeParse(matrixFromDraft(draft));
  if (result.success) return {};
  const errors: MatrixErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    // The first problem per field is the one to fix first; later ones often follow from it.
    errors[key] ??= sentence(fieldName(issue.path, draft), issue.message);
  }
  return errors;
}

/** The API blames `matrix.banding.bands.0.minScore`; the editor keys errors without the `matrix.` prefix. */
export function draftKeyOfApiField(field: string | undefined): string | null {
  if (!field?.startsWith('matrix.')) return null;
  return field.slice('matrix.'.length);
}
