/** Words a rating cell may carry around its score and band ("Risk score: 20 (High risk)"). */
const FILLER = new Set(['risk', 'score', 'rating', 'band', 'level', 'x', '×']);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');

/**
 * Check a file's own score or band cell against the one the matrix gives the row's position.
 * The cell may hold the score ("20"), the band ("High"), both ("20 High"), or our export's
 * "4×5 = 20 High" (the last number is the score). Returns what is wrong in words, or null.
 */
export function ratingCellMismatch(cell: string, computed: { likelihood: number; impact: number; score: number; band: string }, what: string): string | null {
  const text = cell.trim();
  if (!text) return null;
  const numbers = text.match(/\d+/g) ?? [];
  const claimedScore = numbers.length ? Number(numbers[numbers.length - 1]) : null;
  const claimedBand = words(text);
  const expected = `${computed.likelihood}×${computed.impact} = ${computed.score} ${computed.band}`;
  if (claimedScore === null && !claimedBand) return `"${text}" is not a score or a band; the ${what} position gives ${expected}`;
  const scoreWrong = claimedScore !== null && claimedScore !== computed.score;
  const bandWrong = claimedBand !== '' && claimedBand !== words(computed.band);
  if (scoreWrong || bandWrong) return `says "${text}", but the ${what} position gives ${expected}`;
  return null;
}
