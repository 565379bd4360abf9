import Papa from 'papaparse';

/** One record of a CSV file: its cells, the line it starts on, and why it could not be read, if so. */
export interface CsvRecord {
  rowNumber: number;
  cells: string[];
  /** Set when the line's quotes do not match; its cells are then the line cut at commas, for reference only. */
  problem?: string;
}

/** Lines an unclosed quote may run over (a cell with line breaks) before the line is taken as malformed. */
const MAX_LINES_IN_A_CELL = 50;

const hasQuoteError = (result: Papa.ParseResult<string[]>) => result.errors.some((error) => error.type === 'Quotes');

/**
 * Read CSV text into records. A well-formed file is read in one pass. When some line's quotes do
 * not match, that line alone is marked with the problem and every other line is still read, so one
 * malformed line no longer refuses the whole file.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const whole = Papa.parse<string[]>(text, { skipEmptyLines: false });
  if (!hasQuoteError(whole)) return whole.data.map((cells, index) => ({ rowNumber: index + 1, cells }));

  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  const records: CsvRecord[] = [];
  let index = 0;
  while (index < lines.length) {
    let taken: { cells: string[]; lines: number } | null = null;
    for (let count = 1; count <= MAX_LINES_IN_A_CELL && index + count <= lines.length; count += 1) {
      const chunk = lines.slice(index, index + count).join('\n');
      const parsed = Papa.parse<string[]>(chunk, { skipEmptyLines: false });
      if (!hasQuoteError(parsed) && parsed.data.length === 1) {
        taken = { cells: parsed.data[0]!, lines: count };
        break;
      }
      // Only an unclosed quote can be a cell running on to the next line; anything else is this line's fault.
      if (!parsed.errors.some((error) => error.code === 'MissingQuotes')) break;
    }
    if (taken) {
      records.push({ rowNumber: index + 1, cells: taken.cells });
      index += taken.lines;
    } else {
      const line = lines[index]!;
      records.push({ rowNumber: index + 1, cells: line.split(','), problem: malformedMessage(line) });
      index += 1;
    }
  }
  return records;
}

function malformedMessage(line: string): string {
  const excerpt = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return `this line could not be read: its quotes do not match (${excerpt}); the row is skipped, fix the quotes and import it again`;
}
