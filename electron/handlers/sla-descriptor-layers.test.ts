import { describe, expect, it } from 'vitest';
import { missingFromLayers } from '../../shared/entity/field-descriptor';
import { slaEntity } from '../../shared/entity/sla-entity';
// The one place the main process reads renderer code: the list's real column definitions, so a
// field declared for the list but given no column fails here. (Plain data; nothing is rendered.)
// eslint-disable-next-line no-restricted-imports
import { slaColumns } from '../../renderer/src/features/slas/list/SlaTable';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

describe('the SLA descriptor', () => {
  it('reaches the SLA list and the audit trail (SLAs have no record export)', async () => {
    const { app } = await makeAppWithWorkspace();
    const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
    const sla = await call(app, 'slas.create', { serviceId: service.id, customer: 'All staff', name: 'Email — All staff' });
    const audit = await call(app, 'audit.list', { entity: 'sla', entityId: String(sla.id) });
    const created = audit.entries.find((entry) => entry.action === 'create')!;

    const missing = missingFromLayers(slaEntity, {
      tableKeys: slaColumns('2026-10').map((column) => column.id),
      // SLA records are neither exported nor imported (the SLA imports read monthly results and
      // outages), so there is no export run to read headers from; the export layer is not checked.
      exportHeaders: [],
      auditKeys: Object.keys(created.after ?? {}),
    });
    expect({ table: missing.table, audit: missing.audit }).toEqual({ table: [], audit: [] });
  });
});
