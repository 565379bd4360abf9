import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../../shared/domain/formula-cells';
import { burnDownTable, type PackModel, type PackSection } from '../../../shared/management-review/pack-model';
import { RAG_TINTS, textOn } from './pack-style';

const fill = (colour: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.replace('#', '').toUpperCase()}` } });
/** Every text cell is neutralised so a spreadsheet never runs it as a formula. */
const safe = (values: readonly string[]) => values.map(neutraliseFormula);

/** Short sheet names (Excel allows 31 characters). */
const SHEET_NAMES: Readonly<Record<PackSection['key'], string>> = {
  summary: 'Summary',
  previousActions: 'Previous actions',
  changes: 'Changes',
  servicePerformance: 'Service performance',
  supplierPerformance: 'Supplier performance',
  risks: 'Risks',
  reviewTimeliness: 'Review timeliness',
  nonconformities: 'Nonconformities',
  auditResults: 'Audit results',
  customerFeedback: 'Customer feedback',
  policies: 'Policies',
  objectives: 'Objectives',
  resources: 'Resources',
  improvementOpportunities: 'Improvement',
  decisions: 'Decisions',
  appendix: 'Snapshot manifest',
};

function writeSection(sheet: ExcelJS.Worksheet, section: PackSection): void {
  sheet.addRow(safe([section.clause ? `${section.title} (${section.clause})` : section.title])).font = { bold: true, size: 14 };
  for (const block of section.blocks) {
    if (block.kind === 'paragraph') sheet.addRow(safe([block.text])).font = { italic: block.style === 'muted' };
    else if (block.kind === 'subheading') sheet.addRow(safe([block.text])).font = { bold: true };
    else if (block.kind === 'table') {
      sheet.addRow([]);
      sheet.addRow(safe([block.name])).font = { bold: true, size: 12 };
      if (block.rows.length === 0) {
        sheet.addRow(safe([block.empty || 'Nothing to show.'])).font = { italic: true };
        continue;
      }
      const header = sheet.addRow(safe(block.columns));
      header.font = { bold: true };
      block.rows.forEach((values, r) => {
        const row = sheet.addRow(safe(values));
        const rag = block.rag?.[r];
        if (rag) row.getCell((block.ragColumn ?? 0) + 1).fill = fill(RAG_TINTS[rag]);
      });
    } else if (block.kind === 'heatmaps') {
      for (const { title, map } of block.maps) {
        sheet.addRow([]);
        sheet.addRow(safe([title])).font = { bold: true, size: 12 };
        map.counts.forEach((counts, r) => {
          const row = sheet.addRow([...safe([map.likelihood[r] ?? '']), ...counts]);
          counts.forEach((_count, c) => {
            const cell = row.getCell(c + 2);
            cell.fill = fill(map.colours[r]![c]!);
            cell.font = { color: { argb: `FF${textOn(map.colours[r]![c]!).slice(1).toUpperCase()}` }, bold: true };
          });
        });
        sheet.addRow(['', ...safe(map.impact)]).font = { italic: true };
      }
    } else if (block.kind === 'burndown') {
      const { columns, rows } = burnDownTable(block);
      sheet.addRow([]);
      sheet.addRow(safe([block.title])).font = { bold: true, size: 12 };
      sheet.addRow(safe(columns)).font = { bold: true };
      for (const [period, ...counts] of rows) sheet.addRow([...safe([period]), ...counts]);
    } else {
      sheet.addRow([]);
      sheet.addRow(safe([block.title])).font = { bold: true, size: 12 };
      const withPrevious = block.bars.some((bar) => bar.previous !== undefined);
      sheet.addRow(safe(['', block.unit === '%' ? 'This period (%)' : 'Count', ...(withPrevious ? ['Previous period (%)'] : [])])).font = { bold: true };
      for (const bar of block.bars) sheet.addRow([...safe([bar.label]), bar.value, ...(withPrevious ? [bar.previous ?? null] : [])]);
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 34 : 18;
  });
}

/** One sheet per section with its raw tables (no print limit), plus the cover as the first sheet. */
export async function renderXlsx(model: PackModel, seal: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const asOf = new Date(model.asOf);
  workbook.creator = 'ServiceLedger';
  workbook.lastModifiedBy = 'ServiceLedger';
  workbook.created = asOf;
  workbook.modified = asOf;
  workbook.title = model.title;
  workbook.keywords = seal;
  const cover = workbook.addWorksheet('Cover');
  cover.addRow(safe([model.title])).font = { bold: true, size: 16 };
  for (const [label, value] of model.cover) cover.addRow(safe([label, value])).getCell(1).font = { bold: true };
  cover.getColumn(1).width = 22;
  cover.getColumn(2).width = 90;
  for (const section of model.sections) writeSection(workbook.addWorksheet(SHEET_NAMES[section.key]), section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
