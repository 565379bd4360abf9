import { describe, expect, it } from 'vitest';
import { missingFromLayers } from '../../../shared/entity/field-descriptor';
import { serviceEntity } from '../../../shared/entity/service-entity';
// The catalogue's real column definitions: the one place this test reaches into the renderer, to
// check that every listed field of the descriptor has a column in the table people see.
// eslint-disable-next-line no-restricted-imports
import { CATALOGUE_COLUMNS } from '../../../renderer/src/features/services/catalogue/catalogue-columns';
import { readTable } from '../../io/read-table';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';

// A field declared in the service descriptor but not wired through a layer (a catalogue column,
// the export, the audit trail) fails here instead of going missing silently.
describe('the service descriptor reaches every layer', () => {
  it('every declared field is a catalogue column, an export column and part of the audit entry', async () => {
    const { app } = await makeAppWithWorkspace();
    const owner = await call(app, 'people.create', { name: 'Olivia Owner' });
    await call(app, 'services.create', { name: 'Email', ownerId: owner.id, category: 'Communication', tags: ['mail'], customers: ['HR'] });

    const tableKeys = CATALOGUE_COLUMNS.flatMap((column) => (column.field ? [column.field] : []));
    const file = await call(app, 'services.export', { format: 'csv' });
    const { headers: exportHeaders } = await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
    const { entries } = await call(app, 'audit.list', { entity: 'service' });
    const created = entries.find((entry) => entry.action === 'create');
    const auditKeys = Object.keys((created?.after ?? {}) as Record<string, unknown>);

    expect(exportHeaders.length).toBeGreaterThan(0);
    expect(auditKeys.length).toBeGreaterThan(0);
    expect(missingFromLayers(serviceEntity, { tableKeys, exportHeaders, auditKeys })).toEqual({ table: [], export: [], audit: [] });
  });
});
