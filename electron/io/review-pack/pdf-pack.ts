import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PackBlock, PackModel } from '../../../shared/management-review/pack-model';
import type { PaperSize } from '../../../shared/api/review-pack-api';
import { SECTIONS } from '../../../shared/management-review/sections';
import { moreRowsNote, PRINT_ROWS, RAG_COLOURS, RAG_TINTS, textOn } from './pack-style';
import { burnDownContent } from './pdf-burndown';
import { robotoDir } from './pdf-fonts';

const NARRATIVE_ONLY = new Set(SECTIONS.filter((section) => section.kind === 'narrative').map((section) => section.key as string));

let fontsReady = false;
function useEmbeddedFonts(): void {
  if (fontsReady) return;
  const dir = robotoDir();
  const file = (name: string) => path.join(dir, name);
  pdfmake.setFonts({
    Roboto: {
      normal: file('Roboto-Regular.ttf'),
      bold: file('Roboto-Medium.ttf'),
      italics: file('Roboto-Italic.ttf'),
      bolditalics: file('Roboto-MediumItalic.ttf'),
    },
  });
  // Fonts come from pdfmake's own folder only; packs never fetch anything.
  pdfmake.setLocalAccessPolicy((target: string) => path.resolve(target).startsWith(dir));
  pdfmake.setUrlAccessPolicy(() => false);
  fontsReady = true;
}

function tableContent(block: Extract<PackBlock, { kind: 'table' }>): Content[] {
  if (block.rows.length === 0) return [{ text: block.empty || 'Nothing to show.', style: 'muted', margin: [0, 2, 0, 8] }];
  const rows = block.rows.slice(0, PRINT_ROWS);
  const body: TableCell[][] = [
    block.columns.map((column) => ({ text: column, style: 'th' })),
    ...rows.map((row, r) =>
      row.map((cell, c): TableCell => {
        const rag = block.rag?.[r];
        return c === (block.ragColumn ?? 0) && rag
          ? { text: cell, fillColor: RAG_TINTS[rag], ...(block.ragColumn !== undefined ? { color: RAG_COLOURS[rag], bold: true } : {}) }
          : { text: cell };
      }),
    ),
  ];
  const note = moreRowsNote(block.rows.length);
  return [
    { text: block.name, style: 'tableTitle', headlineLevel: 1 },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: block.columns.map((_c, i) => (i === block.columns.length - 1 ? '*' : 'auto')), body },
      layout: 'lightHorizontalLines',
      style: 'table',
    },
    ...(note ? [{ text: note, style: 'muted', margin: [0, 0, 0, 8] } as Content] : []),
  ];
}

function heatmapContent(block: Extract<PackBlock, { kind: 'heatmaps' }>): Content {
  return {
    columns: block.maps.map(({ title, map }) => {
      const cell = 26;
      const body: TableCell[][] = map.counts.map((row, r) => [
        { text: map.likelihood[r] ?? '', style: 'axis', alignment: 'right' },
        ...row.map((count, c) => ({
          text: count ? count.toLocaleString('en-GB') : '',
          fillColor: map.colours[r]![c]!,
          color: textOn(map.colours[r]![c]!),
          alignment: 'center' as const,
          bold: true,
          fontSize: 8,
        })),
      ]);
      body.push([{ text: '' }, ...map.impact.map((label) => ({ text: label, style: 'axis', fontSize: 6, alignment: 'center' as const }))]);
      return {
        width: '*',
        stack: [
          { text: title, style: 'tableTitle' },
          {
            table: { widths: [60, ...map.impact.map(() => cell)], heights: (row: number) => (row < map.counts.length ? cell : 'auto'), body },
            layout: 'noBorders',
          },
          {
            text: `${map.total.toLocaleString('en-GB')} scored, ${map.unscored.toLocaleString('en-GB')} not scored. Rows: likelihood; columns: impact.`,
            style: 'muted',
          },
        ],
      } as Content;
    }),
    columnGap: 16,
    margin: [0, 0, 0, 10],
  };
}

/** Horizontal bars drawn as vectors; a thin grey bar under each shows the previous period when given. */
function barsContent(block: Extract<PackBlock, { kind: 'bars' }>): Content {
  const width = 300;
  const max = block.unit === '%' ? 100 : Math.max(1, ...block.bars.map((b) => Math.max(b.value ?? 0, b.previous ?? 0)));
  const rowHeight = 18;
  const canvas = block.bars.flatMap((bar, i) => {
    const y = i * rowHeight;
    const shapes: Array<Record<string, unknown>> = [{ type: 'rect', x: 0, y, w: width, h: 10, color: '#f1f3f5' }];
    if (bar.value !== null) shapes.push({ type: 'rect', x: 0, y, w: (width * bar.value) / max, h: 10, color: '#1971c2' });
    if (bar.previous !== undefined && bar.previous !== null)
      shapes.push({ type: 'rect', x: 0, y: y + 11, w: (width * bar.previous) / max, h: 3, color: '#adb5bd' });
    return shapes;
  });
  return {
    margin: [0, 0, 0, 10],
    stack: [
      { text: block.title, style: 'tableTitle' },
      {
        columns: [
          { width: 70, stack: block.bars.map((bar) => ({ text: bar.label, style: 'axis', margin: [0, 0, 0, rowHeight - 9.2] })) },
          { width: width + 10, canvas: canvas as never },
          {
            width: '*',
            stack: block.bars.map((bar) => ({
              text: bar.value === null ? '—' : `${bar.value.toLocaleString('en-GB')}${block.unit ? ` ${block.unit}` : ''}`,
              style: 'axis',
              margin: [0, 0, 0, rowHeight - 9.2],
            })),
          },
        ],
      },
    ],
  };
}

function blockContent(block: PackBlock): Content[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ text: block.text, style: block.style ?? 'body' }];
    case 'subheading':
      return [{ text: block.text, style: 'h3' }];
    case 'table':
      return tableContent(block);
    case 'heatmaps':
      return [heatmapContent(block)];
    case 'bars':
      return [barsContent(block)];
    case 'burndown':
      return [burnDownContent(block)];
  }
}

/** The pack as a pdfmake document: cover, contents, sections, page numbers; every date pinned to `asOf`. */
export function pdfDefinition(model: PackModel, paper: PaperSize, seal: string): TDocumentDefinitions {
  const asOf = new Date(model.asOf);
  const cover: Content[] = [
    { text: model.organisation, style: 'coverOrg' },
    { text: 'Management review', style: 'coverKicker' },
    { text: model.title, style: 'coverTitle' },
    { text: 'ISO/IEC 20000-1:2018, clause 9.3', style: 'muted', margin: [0, 0, 0, 24] },
    {
      table: {
        widths: [110, '*'],
        body: model.cover.map(([label, value]) => [
          { text: label, style: 'th' },
          { text: value, style: label === 'Snapshot SHA-256' ? 'mono' : 'body' },
        ]),
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Chair’s sign-off: ____________________________    Date: ______________', margin: [0, 40, 0, 0] },
  ];
  const sections: Content[] = model.sections.flatMap((section, index) => [
    {
      text: section.clause ? `${section.title}  ·  ${section.clause}` : section.title,
      style: 'h1',
      tocItem: true,
      // Compiled inputs, decisions and the appendix start a page; the short narrative-only inputs follow each other.
      ...(index === 0 || !NARRATIVE_ONLY.has(section.key) ? { pageBreak: 'before' } : { margin: [0, 18, 0, 8], headlineLevel: 1 }),
      tocStyle: { fontSize: 10 },
    } as Content,
    ...section.blocks.flatMap(blockContent),
  ]);
  return {
    pageSize: paper,
    pageMargins: [40, 56, 40, 48],
    info: {
      title: model.title,
      author: model.organisation,
      subject: `Management review ${model.period}`,
      keywords: seal,
      creator: 'ServiceLedger',
      producer: 'ServiceLedger',
      creationDate: asOf,
      modDate: asOf,
    },
    header: (page: number) => (page === 1 ? '' : { text: `${model.organisation} · ${model.title}`, style: 'pageHeader', margin: [40, 24, 40, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [
        {
          text: `${model.status} · data as of ${model.asOf}${model.snapshotSha256 ? ` · snapshot ${model.snapshotSha256.slice(0, 16)}…` : ''}`,
          style: 'pageFooter',
        },
        { text: `Page ${page} of ${pages}`, style: 'pageFooter', alignment: 'right', width: 80 },
      ],
      margin: [40, 16, 40, 0],
    }),
    // A table's title never sits alone at the foot of a page.
    pageBreakBefore: (node, queries) => node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
    content: [...cover, { toc: { title: { text: 'Contents', style: 'h1' } }, pageBreak: 'before' }, ...sections],
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: '#212529' },
    styles: {
      coverOrg: { fontSize: 12, color: '#495057', margin: [0, 80, 0, 6] },
      coverKicker: { fontSize: 11, color: '#1971c2', bold: true },
      coverTitle: { fontSize: 24, bold: true, margin: [0, 4, 0, 6] },
      h1: { fontSize: 15, bold: true, color: '#1864ab', margin: [0, 0, 0, 8] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
      th: { bold: true, fontSize: 8.5, color: '#495057' },
      tableTitle: { bold: true, fontSize: 9.5, margin: [0, 6, 0, 3] },
      table: { fontSize: 8.5, margin: [0, 0, 0, 8] },
      body: { margin: [0, 0, 0, 6] },
      narrative: { margin: [0, 0, 0, 6] },
      muted: { color: '#868e96', italics: true, fontSize: 8.5 },
      prompt: { color: '#868e96', fontSize: 8.5 },
      axis: { fontSize: 7.5, color: '#495057' },
      mono: { fontSize: 8 },
      pageHeader: { fontSize: 7.5, color: '#868e96' },
      pageFooter: { fontSize: 7.5, color: '#868e96' },
    },
  };
}

export async function renderPdf(model: PackModel, paper: PaperSize, seal: string): Promise<Buffer> {
  useEmbeddedFonts();
  return (await pdfmake.createPdf(pdfDefinition(model, paper, seal)).getBuffer()) as Buffer;
}
