import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 10: a UK workspace showed "Mar 25, 2027" on some screens and "2027-05-02" on others.
// Every date on screen goes through lib/format.ts (formatDate, formatDateTime, formatWallClock).
// This reads the renderer's screens for a date field written straight into text, the way
// "approved on {item.approvedOn}" once was.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer', 'src');
const DATE_FIELD = String.raw`[\w.?!]*\.\w*(?:On|Date|At|Until|asOf)`;
/** `{row.dueDate}` as a JSX child (not an attribute value: `value={row.dueDate}` feeds a date input). */
const JSX_CHILD = new RegExp(String.raw`(?<![=\w$])\{\s*${DATE_FIELD}\s*\}`, 'g');
/** `${row.expiresOn}` inside a template string. */
const IN_TEMPLATE = new RegExp(String.raw`\$\{\s*${DATE_FIELD}\s*\}`, 'g');
/** A descriptor's label map: `LABEL.dueDate`, `supplierFieldLabels.nextReviewDate`. */
const LABEL_LOOKUP = /label\w*\./i;
/** Lines that build keys, addresses or stored values, not text for people. */
const NOT_TEXT = /\bkey=|localStorage|\bkeys\b|href=|navigate\(|Path\(|query\./;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Where a date field is shown raw, as "file:line: text". */
function rawDates(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    if (NOT_TEXT.test(line)) return [];
    const hits = [...line.matchAll(JSX_CHILD), ...(file.endsWith('.tsx') ? line.matchAll(IN_TEMPLATE) : [])]
      // `{LABELS.dueDate}` is the field's label from its descriptor, not its value.
      .filter((hit) => !LABEL_LOOKUP.test(hit[0]));
    return hits.map((hit) => `${path.relative(root, file)}:${index + 1}: ${hit[0]}`);
  });
}

describe('dates on screen', () => {
  it('catches a raw date written into text', () => {
    expect(
      rawDates(path.join(root, 'x.tsx'), '  approved by {item.approverName} on {item.approvedOn}\n  {item.expiresOn ? `, until ${item.expiresOn}` : ""}'),
    ).toEqual(['x.tsx:1: {item.approvedOn}', 'x.tsx:2: ${item.expiresOn}']);
    expect(rawDates(path.join(root, 'x.tsx'), '<TextInput type="date" value={values.dueDate} /> {formatDate(row.dueDate)}')).toEqual([]);
    expect(rawDates(path.join(root, 'x.tsx'), '<Text>{LABEL.dueDate}</Text> <b>{supplierFieldLabels.nextReviewDate}</b>')).toEqual([]);
  });

  it('are never shown raw (YYYY-MM-DD) anywhere in the renderer: each goes through lib/format.ts', () => {
    const found = sources(path.join(root, 'features'))
      .concat(sources(path.join(root, 'ui')))
      .flatMap((file) => rawDates(file, fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
