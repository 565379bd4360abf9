import { describe, expect, it } from 'vitest';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import { wireValuesFor } from './replica-sync';
import { conflictViews } from './team-log';
import { joinedReplica, publishedReplica, sharedState, type TestReplica, replicasOnThrowawayCluster } from './test/team-replicas';

const { newTeam, replicas } = replicasOnThrowawayCluster();

async function team(count: number, prepare?: Parameters<typeof publishedReplica>[2]): Promise<[TestReplica, TestReplica, ...TestReplica[]]> {
  const url = await newTeam();
  const first = await publishedReplica('alice', url, prepare);
  const members = [first];
  for (const name of ['bob', 'carol', 'dave'].slice(0, count - 1)) members.push(await joinedReplica(name, url));
  replicas.push(...members);
  return members as [TestReplica, TestReplica, ...TestReplica[]];
}

describe('publish and join', () => {
  it('a new member gets every shared record of the demo workspace, references and all', async () => {
    const [alice, bob] = await team(2, (db) => populateDemoWorkspace(db, new Date('2026-11-24T09:00:00Z')));
    const counts = (db: typeof alice.db) =>
      ['services', 'slas', 'risks', 'risk_assessments', 'risk_services', 'service_dependencies', 'sla_measurements', 'reviews', 'audit_log'].map((table) =>
        db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
      );
    expect(counts(bob.db)).toEqual(counts(alice.db));
    expect(counts(bob.db)[0]).toBeGreaterThan(0);
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
    // Derived tables rebuild from what arrived.
    expect(bob.db.prepare('SELECT count(*) FROM sla_period_results').pluck().get()).toBe(
      alice.db.prepare('SELECT count(*) FROM sla_period_results').pluck().get(),
    );
    expect(bob.db.prepare("SELECT count(*) FROM risks_search WHERE risks_search MATCH 'network'").pluck().get()).toBe(
      alice.db.prepare("SELECT count(*) FROM risks_search WHERE risks_search MATCH 'network'").pluck().get(),
    );
  });
});

describe('editing together', () => {
  it('edits of different fields of one service merge on every replica', async () => {
    const [alice, bob] = await team(2);
    const email = await alice.call('services.create', { name: 'Email', lifecycle: 'live' });
    await alice.sync();
    await bob.sync();
    const bobsEmail = bob.db.prepare("SELECT id FROM services WHERE name = 'Email'").pluck().get() as number;
    await alice.call('services.update', { id: email.id, description: 'Mail for all staff' });
    await bob.call('services.update', { id: bobsEmail, criticality: 1 });
    await alice.sync();
    await bob.sync();
    await alice.sync();
    for (const replica of [alice, bob]) {
      expect(replica.db.prepare("SELECT description, criticality FROM services WHERE name = 'Email'").get()).toEqual({
        description: 'Mail for all staff',
        criticality: 1,
      });
    }
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
    expect(bob.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);
  });

  it('edits of different fields merge even though both stamp the record at different moments (the latest stamp wins)', async () => {
    const [alice, bob] = await team(2);
    await alice.call('services.create', { name: 'Email' });
    await alice.sync();
    await bob.sync();
    bob.db.prepare("UPDATE services SET criticality = 1, updated_at = '2026-11-24T09:05:00.000Z' WHERE name = 'Email'").run();
    alice.db.prepare("UPDATE services SET description = 'Mail', updated_at = '2026-11-24T09:03:00.000Z' WHERE name = 'Email'").run();
    await alice.sync();
    await bob.sync();
    await alice.sync();
    for (const replica of [alice, bob]) {
      expect(replica.db.prepare("SELECT description, criticality, updated_at FROM services WHERE name = 'Email'").get()).toEqual({
        description: 'Mail',
        criticality: 1,
        updated_at: '2026-11-24T09:05:00.000Z',
      });
      expect(replica.db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(0);
    }
  });

  it('the same field changed by two people from the same value is a conflict keeping both values; the resolution is a change', async () => {
    const [alice, bob] = await team(2);
    const email = await alice.call('services.create', { name: 'Email' });
    await alice.sync();
    await bob.sync();
    const bobsEmail = bob.db.prepare("SELECT id FROM services WHERE name = 'Email'").pluck().get() as number;
    await alice.call('services.update', { id: email.id, description: 'Alice says' });
    await bob.call('services.update', { id: bobsEmail, description: 'Bob says' });
    await alice.sync();
    await bob.sync();
    await alice.sync();
    // Bob's edit came second: the team keeps Alice's, and both see the conflict with both values.
    for (const replica of [alice, bob]) {
      expect(replica.db.prepare("SELECT description FROM services WHERE name = 'Email'").pluck().get()).toBe('Alice says');
      expect(replica.db.prepare('SELECT field, current_value_json, proposed_value_json, proposed_by FROM sync_conflicts').all()).toEqual([
        { field: 'description', current_value_json: '"Alice says"', proposed_value_json: '"Bob says"', proposed_by: 'bob' },
      ]);
    }
  });

  it('a conflict over a reference names the records, not their keys', async () => {
    const [alice, bob] = await team(2);
    await alice.call('people.create', { name: 'Ada Owner' });
    await alice.call('people.create', { name: 'Grace Owner' });
    const email = await alice.call('services.create', { name: 'Email' });
    await alice.sync();
    await bob.sync();
    const idIn = (replica: TestReplica, table: string, name: string) =>
      replica.db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number;
    await alice.call('services.update', { id: email.id, ownerId: idIn(alice, 'people', 'Ada Owner') });
    await bob.call('services.update', { id: idIn(bob, 'services', 'Email'), ownerId: idIn(bob, 'people', 'Grace Owner') });
    await alice.sync();
    await bob.sync();
    expect(conflictViews(bob.db, wireValuesFor(bob.db))).toEqual([
      expect.objectContaining({ recordLabel: expect.stringMatching(/^SVC-/), field: 'owner_id', currentValue: 'Ada Owner', proposedValue: 'Grace Owner' }),
    ]);
  });

  it('two people who create the same code offline both keep their record; the later one is renamed everywhere', async () => {
    const [alice, bob] = await team(2);
    await alice.call('services.create', { code: 'SVC-100', name: 'Payroll' });
    await bob.call('services.create', { code: 'SVC-100', name: 'Printing' });
    await alice.sync();
    await bob.sync();
    await alice.sync();
    for (const replica of [alice, bob]) {
      expect(replica.db.prepare('SELECT code, name FROM services ORDER BY code').all()).toEqual([
        { code: 'SVC-100', name: 'Payroll' },
        { code: 'SVC-100-2', name: 'Printing' },
      ]);
    }
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });

  it('the same measurement entered offline by two people is one measurement, and the other value waits in Conflicts', async () => {
    const [alice, bob] = await team(2);
    alice.db.exec(`
      INSERT INTO services (code, name, created_at, updated_at) VALUES ('SVC-1', 'Email', 'x', 'x');
      INSERT INTO slas (code, service_id, customer, name, created_at, updated_at) VALUES ('SLA-1', last_insert_rowid(), 'Staff', 'Email SLA', 'x', 'x');
      INSERT INTO sla_targets (sla_id, kind, label, target, warning) VALUES (last_insert_rowid(), 'availability', 'Availability', 99.5, 99.8);`);
    await alice.sync();
    await bob.sync();
    const target = (replica: TestReplica) => replica.db.prepare('SELECT id FROM sla_targets').pluck().get() as number;
    const enter = (replica: TestReplica, value: number) =>
      replica.db.prepare("INSERT INTO sla_measurements (target_id, period, value, notes) VALUES (?, '2026-10', ?, '')").run(target(replica), value);
    enter(alice, 99.9);
    enter(bob, 99.1);
    await alice.sync();
    await bob.sync();
    await alice.sync();
    for (const replica of [alice, bob]) {
      expect(replica.db.prepare('SELECT period, value FROM sla_measurements').all()).toEqual([{ period: '2026-10', value: 99.9 }]);
      expect(replica.db.prepare('SELECT field, current_value_json, proposed_value_json FROM sync_conflicts').all()).toEqual([
        { field: 'value', current_value_json: '99.9', proposed_value_json: '99.1' },
      ]);
      // The SLA's period result follows the measurement the team kept.
      expect(replica.db.prepare('SELECT measured FROM sla_period_results').pluck().all()).toEqual([1]);
    }
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });

  it('a delete reaches every replica, with what the database deletes with it', async () => {
    const [alice, bob] = await team(2);
    const email = await alice.call('services.create', { name: 'Email', lifecycle: 'live' });
    await alice.call('services.update', { id: email.id, lifecycle: 'retired' });
    await alice.sync();
    await bob.sync();
    expect(bob.db.prepare('SELECT count(*) FROM service_lifecycle_events').pluck().get()).toBeGreaterThan(0);
    await alice.call('services.delete', { id: email.id });
    await alice.sync();
    await bob.sync();
    expect(bob.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(0);
    expect(bob.db.prepare('SELECT count(*) FROM service_lifecycle_events').pluck().get()).toBe(0);
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });
});
