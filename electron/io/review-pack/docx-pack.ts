import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PaperSize } from '../../../shared/api/review-pack-api';
import { burnDownTable, type PackBlock, type PackModel } from '../../../shared/management-review/pack-model';
import { readZip, writeZip } from './zip-entries';
import { moreRowsNote, PRINT_ROWS, RAG_TINTS, textOn } from './pack-style';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const para = (text: string, options: { italics?: boolean; bold?: boolean; colour?: string } = {}) =>
  new Paragraph({
    children: [new TextRun({ text, italics: options.italics ?? false, bold: options.bold ?? false, ...(options.colour ? { color: options.colour } : {}) })],
    spacing: { after: 120 },
  });

function cell(text: string, options: { header?: boolean; fill?: string; colour?: string; centre?: boolean } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header ?? false, size: 17, ...(options.colour ? { color: options.colour } : {}) })],
      }),
    ],
    ...(options.fill
      ? { shading: { type: ShadingType.CLEAR, fill: hex(options.fill), color: 'auto' } }
      : options.header
        ? { shading: { type: ShadingType.CLEAR, fill: 'F1F3F5', color: 'auto' } }
        : {}),
  });
}

function blockChildren(block: PackBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'burndown': {
      // Word gets the numbers behind the chart, editable; the PDF draws it.
      const { columns, rows } = burnDownTable(block);
      return [
        new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_4 }),
        new Table({
          rows: [
            new TableRow({ tableHeader: true, children: columns.map((column) => cell(column, { header: true })) }),
            ...rows.map((row) => new TableRow({ children: row.map((value) => cell(String(value))) })),
          ],
        }),
        para(''),
      ];
    }
    case 'paragraph':
      return [para(block.text, { italics: block.style === 'muted', colour: block.style === 'muted' || block.style === 'prompt' ? '868E96' : undefined })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_3 })];
    case 'table': {
      if (block.rows.length === 0) return [para(block.empty || 'Nothing to show.', { italics: true, colour: '868E96' })];
      const note = moreRowsNote(block.rows.length);
      const rows = [
        new TableRow({ tableHeader: true, children: block.columns.map((column) => cell(column, { header: true })) }),
        ...block.rows.slice(0, PRINT_ROWS).map(
          (row, r) =>
            new TableRow({
              children: row.map((text, c) => {
                const rag = block.rag?.[r];
                return cell(text, c === (block.ragColumn ?? 0) && rag ? { fill: RAG_TINTS[rag] } : {});
              }),
            }),
        ),
      ];
      return [
        new Paragraph({ text: block.name, heading: HeadingLevel.HEADING_4 }),
        new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ...(note ? [para(note, { italics: true, colour: '868E96' })] : [para('')]),
      ];
    }
    case 'heatmaps':
      // Drawn as shaded tables: reproducible bytes, and editable in Word.
      return block.maps.flatMap(({ title, map }) => [
        new Paragraph({ text: title, heading: HeadingLevel.HEADING_4 }),
        new Table({
          rows: [
            ...map.counts.map(
              (row, r) =>
                new TableRow({
                  children: [
                    cell(map.likelihood[r] ?? ''),
                    ...row.map((count, c) =>
                      cell(count ? count.toLocaleString('en-GB') : '', { fill: map.colours[r]![c]!, colour: hex(textOn(map.colours[r]![c]!)), centre: true }),
                    ),
                  ],
                }),
            ),
            new TableRow({ children: [cell(''), ...map.impact.map((label) => cell(label, { centre: true }))] }),
          ],
        }),
        para(`${map.total.toLocaleString('en-GB')} scored, ${map.unscored.toLocaleString('en-GB')} not scored. Rows: likelihood; columns: impact.`, {
          italics: true,
          colour: '868E96',
        }),
      ]);
    case 'bars':
      return [
        new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_4 }),
        new Table({
          rows: [
            new TableRow({
              tableHeader: true,
              children: [
                cell('', { header: true }),
                cell(block.unit === '%' ? 'This period' : 'Count', { header: true }),
                ...(block.bars.some((b) => b.previous !== undefined) ? [cell('Previous period', { header: true })] : []),
              ],
            }),
            ...block.bars.map(
              (bar) =>
                new TableRow({
                  children: [
                    cell(bar.label),
                    cell(bar.value === null ? '—' : `${bar.value}${block.unit ? ` ${block.unit}` : ''}`),
                    ...(bar.previous !== undefined ? [cell(bar.previous === null ? '—' : `${bar.previous} ${block.unit}`)] : []),
                  ],
                }),
            ),
          ],
        }),
        para(''),
      ];
  }
}

/** The editable working copy: same sections, headings and tables as the PDF. */
export async function renderDocx(model: PackModel, paper: PaperSize, seal: string): Promise<Buffer> {
  const size = paper === 'A4' ? { width: 11_906, height: 16_838 } : { width: 12_240, height: 15_840 };
  const children: Array<Paragraph | Table | TableOfContents> = [
    para(model.organisation, { colour: '495057' }),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    para('Management review — ISO/IEC 20000-1:2018, clause 9.3', { colour: '868E96' }),
    new Table({
      rows: model.cover.map(([label, value]) => new TableRow({ children: [cell(label, { header: true }), cell(value)] })),
      width: { size: 100, type: WidthType.PERCENTAGE },
    }),
    new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
    ...model.sections.flatMap((section) => [
      new Paragraph({ text: section.clause ? `${section.title} · ${section.clause}` : section.title, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      ...section.blocks.flatMap(blockChildren),
    ]),
  ];
  const document = new Document({
    title: model.title,
    subject: `Management review ${model.period}`,
    creator: 'ServiceLedger',
    lastModifiedBy: 'ServiceLedger',
    keywords: seal,
    description: `${model.status}; data as of ${model.asOf}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${model.status} · data as of ${model.asOf} · page `, size: 14, color: '868E96' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 14, color: '868E96' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return renumberBookmarks(await Packer.toBuffer(document));
}

/**
 * docx numbers the contents' bookmarks from a counter that lives as long as the process, so the
 * second pack would differ from the first: renumber them 1, 2, 3… in document order.
 */
function renumberBookmarks(file: Buffer): Buffer {
  const entries = readZip(file).map((entry) => {
    if (entry.name !== 'word/document.xml') return entry;
    const xml = entry.data.toString('utf8');
    const numbers = new Map<string, number>();
    const renumber = (n: string) => {
      if (!numbers.has(n)) numbers.set(n, numbers.size + 1);
      return numbers.get(n)!;
    };
    for (const match of xml.matchAll(/_Toc(\d+)/g)) renumber(match[1]!);
    const out = xml
      .replace(/_Toc(\d+)/g, (_all, n: string) => `_Toc${renumber(n)}`)
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)(")/g, (_all, head: string, n: string, tail: string) => `${head}${renumber(n)}${tail}`);
    return { name: entry.name, data: Buffer.from(out, 'utf8') };
  });
  return writeZip(entries, '1980-01-01T00:00:00Z');
}
