import type Database from 'better-sqlite3';
import type { ExportFile } from '../../shared/api/catalogue-io-api';
import { formatServiceHours } from '../../shared/domain/service-hours';
import { SERVICE_IMPORT_FIELDS, type ServiceImportKey } from '../../shared/import/service-import-fields';
import { parseJsonArray } from '../repositories/sql-helpers';
import { parseServiceHoursColumn, type ServiceRow } from '../repositories/services/service-rows';
import { writeTable, type TableFormat } from './write-table';

type ExportRow = Omit<ServiceRow, 'owner_name' | 'depends_on_count' | 'dependent_count'> & { owner: string | null; depends_on: string | null };

/** The catalogue in the import's column layout, so an export imports back into an empty workspace unchanged. */
export async function exportServices(db: Database.Database, format: TableFormat, today: string): Promise<ExportFile> {
  const rows = db
    .prepare(
      `SELECT s.*, p.name AS owner,
              (SELECT group_concat(code, '; ') FROM (SELECT d2.code FROM service_dependencies d JOIN services d2 ON d2.id = d.depends_on_id
                WHERE d.service_id = s.id ORDER BY d2.code COLLATE NOCASE)) AS depends_on
         FROM services s LEFT JOIN people p ON p.id = s.owner_id ORDER BY s.code COLLATE NOCASE`,
    )
    .all() as ExportRow[];
  const cell: Record<ServiceImportKey, (row: ExportRow) => string> = {
    code: (r) => r.code,
    name: (r) => r.name,
    description: (r) => r.description,
    category: (r) => r.category ?? '',
    kind: (r) => r.kind,
    lifecycle: (r) => r.lifecycle,
    owner: (r) => r.owner ?? '',
    customers: (r) => parseJsonArray(r.customers_json).join('; '),
    criticality: (r) => String(r.criticality),
    serviceHours: (r) => formatServiceHours(parseServiceHoursColumn(r.service_hours_json)),
    supportContact: (r) => r.support_contact ?? '',
    tags: (r) => parseJsonArray(r.tags_json).join('; '),
    lastReviewDate: (r) => r.last_review_date ?? '',
    nextReviewDate: (r) => r.next_review_date ?? '',
    dependsOn: (r) => r.depends_on ?? '',
  };
  return writeTable(
    format,
    `service-catalogue-${today}`,
    SERVICE_IMPORT_FIELDS.map((field) => field.label),
    rows.map((row) => SERVICE_IMPORT_FIELDS.map((field) => cell[field.key](row))),
    'Service catalogue',
  );
}
