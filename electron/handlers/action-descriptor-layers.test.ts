import { describe, expect, it } from 'vitest';
import { actionEntity } from '../../shared/entity/action-entity';
import { missingFromLayers } from '../../shared/entity/field-descriptor';
// The one place the main process reads renderer code: the actions list's real column definitions,
// so a field declared for the list but given no column fails here. (Plain data; nothing is rendered.)
// eslint-disable-next-line no-restricted-imports
import { actionColumns } from '../../renderer/src/features/actions/ActionsTable';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

describe('the action descriptor', () => {
  it('reaches the actions list and the audit trail (actions have no export)', async () => {
    const { app } = await makeAppWithWorkspace();
    const risk = await call(app, 'risks.create', { title: 'Ransomware on the file servers' });
    const action = await call(app, 'riskActions.create', { riskId: risk.id, title: 'Immutable backups', dueDate: '2027-01-31' });
    const audit = await call(app, 'audit.list', { entity: 'action', entityId: String(action.id) });
    const created = audit.entries.find((entry) => entry.action === 'create')!;

    const missing = missingFromLayers(actionEntity, {
      tableKeys: actionColumns(() => {}).map((column) => column.id),
      // Actions are neither exported nor imported, so there is no export run to read headers
      // from; the export layer is not checked.
      exportHeaders: [],
      auditKeys: Object.keys(created.after ?? {}),
    });
    expect({ table: missing.table, audit: missing.audit }).toEqual({ table: [], audit: [] });
  });
});
