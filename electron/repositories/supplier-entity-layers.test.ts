import { describe, expect, it } from 'vitest';
import { missingFromLayers } from '../../shared/entity/field-descriptor';
import { supplierEntity } from '../../shared/entity/supplier-entity';
// The suppliers list's real column definitions: the one place this test reaches into the renderer,
// to check that every listed field of the descriptor has a column in the table people see.
// eslint-disable-next-line no-restricted-imports
import { SUPPLIER_COLUMNS } from '../../renderer/src/features/suppliers/SuppliersTable';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// A field declared in the supplier descriptor but not wired through a layer (a list column, the
// audit trail) fails here instead of going missing silently.
describe('the supplier descriptor reaches every layer', () => {
  it('every declared field is a list column and part of the audit entry', async () => {
    const { app } = await makeAppWithWorkspace();
    const manager = await call(app, 'people.create', { name: 'Mia Manager' });
    await call(app, 'suppliers.create', { name: 'Halcyon Networks', contact: 'noc@halcyon.example', managerId: manager.id });

    const tableKeys = SUPPLIER_COLUMNS.flatMap((column) => (column.field ? [column.field] : []));
    const { entries } = await call(app, 'audit.list', { entity: 'supplier' });
    const created = entries.find((entry) => entry.action === 'create');
    const auditKeys = Object.keys((created?.after ?? {}) as Record<string, unknown>);

    expect(auditKeys.length).toBeGreaterThan(0);
    // Suppliers have no export yet, so there are no headers to check: only the table and the audit.
    const missing = missingFromLayers(supplierEntity, { tableKeys, exportHeaders: [], auditKeys });
    expect({ table: missing.table, audit: missing.audit }).toEqual({ table: [], audit: [] });
  });
});
