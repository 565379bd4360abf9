import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { LOCAL_TABLES, syncTables } from './sync-tables';

describe('which tables a team shares', () => {
  it('classifies every table of the workspace; a new table fails here until it is put in a list of sync-tables.ts', async () => {
    const { app } = await makeAppWithWorkspace();
    const shared = syncTables(app.db);
    // A new table lands here: decide whether it is shared, local (LOCAL_TABLES) or keyed by its
    // own values (NATURAL_KEY_TABLES), and whether a column holds ids without a foreign key (LOOSE_REFERENCES).
    expect(Object.fromEntries(shared.map((table) => [table.name, table.kind]))).toEqual({
      actions: 'id',
      audit_log: 'id',
      contract_services: 'natural',
      contracts: 'id',
      management_review_decisions: 'id',
      management_review_narratives: 'natural',
      management_reviews: 'id',
      outages: 'id',
      people: 'id',
      review_decisions: 'id',
      review_policy: 'natural',
      review_subject_kinds: 'natural',
      reviews: 'id',
      risk_acceptances: 'id',
      risk_assessments: 'id',
      risk_matrices: 'natural',
      risk_services: 'natural',
      risks: 'id',
      service_dependencies: 'natural',
      service_lifecycle_events: 'id',
      services: 'id',
      sla_measurements: 'id',
      sla_review_details: 'natural',
      sla_targets: 'id',
      slas: 'id',
      suppliers: 'id',
    });
    for (const table of LOCAL_TABLES) expect(shared.map((candidate) => candidate.name)).not.toContain(table);
    app.close();
  });

  it('puts every table after the tables it refers to, so a new member writes parents first', async () => {
    const { app } = await makeAppWithWorkspace();
    const order = syncTables(app.db).map((table) => table.name);
    for (const table of syncTables(app.db)) {
      for (const parent of table.references.values()) if (parent !== table.name) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(table.name));
    }
    expect(order.indexOf('risks')).toBeLessThan(order.indexOf('reviews')); // a review's subject, without a foreign key
    app.close();
  });

  it('has no shared table pointing at itself: a joining member translates references through records already written', async () => {
    // A self-reference (a parent service, say) would reach the snapshot join (snapshot-join.ts)
    // before the record it points to on the same page could have a local id, and arrive as NULL.
    // Supporting one means writing that table's row keys before its records.
    const { app } = await makeAppWithWorkspace();
    for (const table of syncTables(app.db)) expect([...table.references.values()], table.name).not.toContain(table.name);
    app.close();
  });
});
