import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppController } from '../../app/app-controller';
import { call } from '../../test/call';
import { readPdf } from '../../test/read-pdf';
import { makeAppWithWorkspace } from '../../test/temp-workspace';
import { readZip, writeZip } from './zip-entries';

let app: AppController;
afterEach(() => app?.shutdown());

/** A held review with a decision, long narrative and a formula-looking title, on a small workspace. */
async function heldReview() {
  ({ app } = await makeAppWithWorkspace());
  const chair = await call(app, 'people.create', { name: 'Chair Person', email: null, role: null });
  await call(app, 'risks.create', {
    title: '=HYPERLINK("http://x")',
    status: 'assessed',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 3 },
    rationale: 'r',
  });
  const review = await call(app, 'managementReviews.create', {
    title: 'Q4 2026 review',
    periodFrom: '2026-10-01',
    periodTo: '2026-12-31',
    chairId: chair.id,
    attendeeIds: [chair.id],
  });
  await call(app, 'managementReviews.setNarrative', {
    id: review.id,
    section: 'auditResults',
    text: `Internal audit of change management. ${'Long finding text. '.repeat(200)}`,
  });
  await call(app, 'managementReviews.saveDecision', {
    reviewId: review.id,
    type: 'sms_change',
    title: '+Add a supplier review step',
    ownerId: chair.id,
    dueDate: '2027-01-31',
  });
  await call(app, 'managementReviews.hold', { id: review.id });
  return review.id;
}

const bytesOf = async (id: number, format: 'pdf' | 'docx' | 'xlsx', paper: 'A4' | 'LETTER' = 'A4') => {
  const file = await call(app, 'managementReviews.pack', { id, format, paper });
  return { ...file, bytes: Buffer.from(file.contentBase64, 'base64') };
};

// Packs take a few seconds each on a busy machine; this is not a timing assertion.
describe('review pack', { timeout: 60_000 }, () => {
  it('PDF: cover, contents, every input, decisions and the snapshot hash read back; the same bytes twice; A4 and Letter', async () => {
    const id = await heldReview();
    const { snapshotSha256 } = await call(app, 'managementReviews.get', { id });
    const first = await bytesOf(id, 'pdf');
    const second = await bytesOf(id, 'pdf');
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(first.fileName).toBe(`management-review-${id}-Q4-2026-review.pdf`);

    const pdf = await readPdf(first.bytes);
    const text = pdf.pages.join('\n');
    expect(pdf.size).toEqual({ width: 595, height: 842 });
    expect(pdf.pages[0]).toContain('Q4 2026 review');
    expect(pdf.pages[0]).toContain(snapshotSha256!);
    expect(pdf.pages[1]).toContain('Contents');
    for (const heading of [
      'Executive summary',
      'Actions from previous reviews',
      'Changes since the last review',
      'Service performance',
      'Supplier performance',
      'Risks and opportunities',
      'Reviews done on time and late',
      'Audit results',
      'Customer and interested-party feedback',
      'Decisions and actions',
      'Appendix: data snapshot',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('+Add a supplier review step');
    expect(text).toContain('No data in the workspace and no narrative written.');
    // The burn-down is drawn with its week labels and legend: the decision was raised in the week of 23 November.
    expect(text).toContain('Action burn-down: management review decisions by week (0 open at the start)');
    for (const label of ['5 Oct', '23 Nov', 'Raised', 'Done', 'Open at end of week']) expect(text).toContain(label);
    expect(pdf.pages[pdf.pages.length - 1]).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
    expect(pdf.keywords).toContain(`review=${id};snapshot=${snapshotSha256}`);

    const letter = await readPdf((await bytesOf(id, 'pdf', 'LETTER')).bytes);
    expect(letter.size).toEqual({ width: 612, height: 792 });
  });

  it('Word: headings and tables re-read from the document XML; the same bytes twice', async () => {
    const id = await heldReview();
    const first = await bytesOf(id, 'docx');
    expect((await bytesOf(id, 'docx')).bytes.equals(first.bytes)).toBe(true);
    const xml = readZip(first.bytes)
      .find((entry) => entry.name === 'word/document.xml')!
      .data.toString('utf8');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toContain('Risks and opportunities · 9.3 k)');
    expect(headings).toContain('Decisions and actions · 9.3 outputs');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('+Add a supplier review step');
    // The burn-down as an editable table: one row per week, the last one with the decision raised and still open.
    const burnDown = xml.slice(xml.indexOf('Action burn-down'));
    const cellsOf = (tableXml: string) => [...tableXml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const table = cellsOf(burnDown.slice(0, burnDown.indexOf('</w:tbl>')));
    expect(table.slice(0, 4)).toEqual(['Week from', 'Raised', 'Done', 'Open at end']);
    expect(table.slice(4, 8)).toEqual(['2026-10-01', '0', '0', '0']);
    expect(table.slice(-4)).toEqual(['2026-11-23', '1', '0', '1']);
  });

  it('Excel: one sheet per section, every row, formula-looking cells neutralised; the same bytes twice', async () => {
    const id = await heldReview();
    const first = await bytesOf(id, 'xlsx');
    expect((await bytesOf(id, 'xlsx')).bytes.equals(first.bytes)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(first.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Cover',
      'Summary',
      'Previous actions',
      'Changes',
      'Service performance',
      'Supplier performance',
      'Risks',
      'Review timeliness',
      'Nonconformities',
      'Audit results',
      'Customer feedback',
      'Policies',
      'Objectives',
      'Resources',
      'Improvement',
      'Decisions',
      'Snapshot manifest',
    ]);
    const cells = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .flat()
        .filter((v) => typeof v === 'string') as string[];
    expect(cells('Decisions')).toContain("'+Add a supplier review step");
    expect(cells('Risks').some((v) => v.startsWith("'=HYPERLINK"))).toBe(true);
    // The burn-down's numbers, as numbers.
    const sheet = workbook.getWorksheet('Previous actions')!;
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    const header = rows.findIndex((row) => row[0] === 'Week from');
    expect(rows[header]).toEqual(['Week from', 'Raised', 'Done', 'Open at end']);
    expect(rows.slice(header + 1).find((row) => row[0] === '2026-11-23')).toEqual(['2026-11-23', 1, 0, 1]);
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined())));
  });

  it('verify: names the review of an unmodified pack and catches any change', async () => {
    const id = await heldReview();
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const { bytes, contentBase64 } = await bytesOf(id, format);
      const verdict = await call(app, 'managementReviews.verifyPack', { contentBase64 });
      expect(verdict).toMatchObject({ valid: true, format, reviewId: id, reviewTitle: 'Q4 2026 review' });
      let tampered: Buffer;
      if (format === 'pdf') {
        tampered = Buffer.from(bytes);
        const at = tampered.indexOf('/Title');
        tampered.write('/Titlf', at, 'latin1');
      } else {
        // Change one table cell and zip it up again, as an editor would.
        const entries = readZip(bytes).map((entry) =>
          entry.name.endsWith('document.xml') || entry.name === 'xl/sharedStrings.xml'
            ? { ...entry, data: Buffer.from(entry.data.toString('utf8').replace('Chair Person', 'Someone Else')) }
            : entry,
        );
        tampered = writeZip(entries, '2026-11-24T09:00:00Z');
      }
      const refused = await call(app, 'managementReviews.verifyPack', { contentBase64: tampered.toString('base64') });
      expect(refused).toMatchObject({ valid: false, reviewId: id });
      expect(refused.message).toContain('changed after it was made');
    }
    expect(await call(app, 'managementReviews.verifyPack', { contentBase64: Buffer.from('hello').toString('base64') })).toMatchObject({
      valid: false,
      reviewId: null,
    });
  });
});
