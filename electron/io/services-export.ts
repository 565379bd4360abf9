import type Database from 'better-sqlite3';
import type { ExportFile } from '../../shared/api/catalogue-io-api';
import { exportColumns, fromColumns, selectColumns, type EntityValues } from '../../shared/entity/field-descriptor';
import { DEPENDS_ON_LABEL, serviceEntity } from '../../shared/entity/service-entity';
import { writeTable, type TableFormat } from './write-table';

type Values = EntityValues<typeof serviceEntity.fields>;

interface ExportRow extends Record<string, unknown> {
  owner_name: string | null;
  depends_on: string | null;
}

/**
 * The catalogue in the import's column layout, so an export imports back into an empty workspace
 * unchanged: the service descriptor's exported fields in declaration order, the owner by name rather
 * than id, then the dependencies as codes.
 */
export async function exportServices(db: Database.Database, format: TableFormat, today: string): Promise<ExportFile> {
  const rows = db
    .prepare(
      `SELECT ${selectColumns(serviceEntity, 's')}, p.name AS owner_name,
              (SELECT group_concat(code, '; ') FROM (SELECT d2.code FROM service_dependencies d JOIN services d2 ON d2.id = d.depends_on_id
                WHERE d.service_id = s.id ORDER BY d2.code COLLATE NOCASE)) AS depends_on
         FROM services s LEFT JOIN people p ON p.id = s.owner_id ORDER BY s.code COLLATE NOCASE`,
    )
    .all() as ExportRow[];
  const columns: Array<{ header: string; cell: (values: Values, row: ExportRow) => string }> = [
    ...exportColumns(serviceEntity).map(({ key, header, cell }) => ({
      header,
      cell: key === 'ownerId' ? (_values: Values, row: ExportRow) => row.owner_name ?? '' : cell,
    })),
    { header: DEPENDS_ON_LABEL, cell: (_values, row) => row.depends_on ?? '' },
  ];
  return writeTable(
    format,
    `service-catalogue-${today}`,
    columns.map((column) => column.header),
    rows.map((row) => {
      const values = fromColumns(serviceEntity, row);
      return columns.map((column) => column.cell(values, row));
    }),
    'Service catalogue',
  );
}
