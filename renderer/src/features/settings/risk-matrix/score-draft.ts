import type { MatrixDraft } from './matrix-draft';

/**
 * Switch the score rule. The table is kept while the product rule is on (it starts as
 * likelihood × impact), so switching back and forth loses no edits.
 */
export function setRule(draft: MatrixDraft, rule: MatrixDraft['rule']): MatrixDraft {
  return rule === draft.rule ? draft : { ...draft, rule };
}

/** Set one cell of the score table (1-based likelihood and impact); NaN for an empty input. */
export function editScore(draft: MatrixDraft, likelihood: number, impact: number, value: number): MatrixDraft {
  return {
    ...draft,
    table: draft.table.map((row, l) => (l === likelihood - 1 ? row.map((cell, i) => (i === impact - 1 ? value : cell)) : row)),
  };
}
