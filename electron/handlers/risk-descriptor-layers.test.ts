import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { auditFieldLabel } from '../../shared/audit/audit-fields';
import { fieldLabels, missingFromLayers } from '../../shared/entity/field-descriptor';
import { RISK_EDITABLE_KEYS, riskEntity, type RiskFieldKey } from '../../shared/entity/risk-entity';
import { RISK_IMPORT_FIELDS, riskImportKeyOf } from '../../shared/import/risk-import-fields';
// This test checks that every layer shows every declared field, the register's columns among them.
// eslint-disable-next-line no-restricted-imports
import { RISK_COLUMNS } from '../../renderer/src/features/risks/register/risk-columns';
// eslint-disable-next-line no-restricted-imports
import { RISK_FIELD_LABELS } from '../../renderer/src/features/risks/form/risk-form-values';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** A risk with every plain field filled, created through the real dispatcher; its export and its audit entry. */
async function riskThroughEveryLayer() {
  const { app } = await makeAppWithWorkspace();
  const owner = await call(app, 'people.create', { name: 'Priya Shah' });
  const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
  const service = await call(app, 'services.create', { name: 'Email', code: 'SVC-001' });
  const risk = await call(app, 'risks.create', {
    code: 'RSK-042',
    title: 'Mail relay outage',
    cause: 'One relay',
    event: 'It fails',
    consequence: 'No mail',
    category: 'Availability',
    ownerId: owner.id,
    supplierId: supplier.id,
    serviceIds: [service.id],
    controls: 'Monitoring',
    treatment: 'mitigate',
    treatmentRationale: 'Cheap to fix',
    status: 'treating',
    nextReviewDate: '2027-01-31',
    inherent: { likelihood: 4, impact: 4 },
    residual: { likelihood: 3, impact: 3 },
    target: { likelihood: 2, impact: 2 },
    rationale: 'First look',
  });
  const file = await call(app, 'risks.export', { format: 'csv' });
  const csv = Buffer.from(file.contentBase64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const [exportHeaders] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(risk.id) });
  const created = audit.entries.find((entry) => entry.action === 'create')!;
  return { exportHeaders: exportHeaders!, auditAfter: created.after as Record<string, unknown> };
}

describe('the risk descriptor reaches every layer', () => {
  it('every declared field is in the register table, the export and the audit entry of a create', async () => {
    const { exportHeaders, auditAfter } = await riskThroughEveryLayer();
    const tableKeys = RISK_COLUMNS.flatMap((column) => column.fields);
    expect(missingFromLayers(riskEntity, { tableKeys, exportHeaders, auditKeys: Object.keys(auditAfter) })).toEqual({ table: [], export: [], audit: [] });
    // The ratings are audited as positions, one history line each (not field by field).
    expect(auditAfter).toMatchObject({ inherent: '4×4', residual: '3×3', target: '2×2', services: ['SVC-001'] });
  });

  it('labels agree across the form, the register, the history, the import and the export', async () => {
    const labels = fieldLabels(riskEntity);
    const { exportHeaders } = await riskThroughEveryLayer();
    for (const key of Object.keys(labels) as RiskFieldKey[]) {
      expect(auditFieldLabel('risk', key), key).toBe(labels[key]);
      expect(RISK_IMPORT_FIELDS.find((field) => field.key === riskImportKeyOf(key))?.label, key).toBe(labels[key]);
      expect(exportHeaders, key).toContain(labels[key]);
    }
    for (const key of RISK_EDITABLE_KEYS) expect(RISK_FIELD_LABELS[key], key).toBe(labels[key]);
    for (const column of RISK_COLUMNS.filter((c) => c.fields.length === 1)) expect(column.label, column.id).toBe(labels[column.fields[0]!]);
  });
});
