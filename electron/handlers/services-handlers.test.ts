import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call, callError } from '../test/call';

async function catalogue() {
  const { app } = await makeAppWithWorkspace();
  const owner = await call(app, 'people.create', { name: 'Olivia Owner' });
  const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live' });
  const identity = await call(app, 'services.create', { name: 'Identity', kind: 'supporting', lifecycle: 'live', dependsOn: [network.id] });
  const email = await call(app, 'services.create', {
    name: 'Email',
    lifecycle: 'live',
    ownerId: owner.id,
    dependsOn: [identity.id],
    tags: ['messaging', 'Messaging', ' '],
    customers: ['Finance', 'HR'],
    category: 'Communication',
    criticality: 2,
  });
  return { app, owner, network, identity, email };
}

describe('services handlers', () => {
  it('suggests codes in sequence and cleans label lists', async () => {
    const { email, network } = await catalogue();
    expect(network.code).toBe('SVC-001');
    expect(email.code).toBe('SVC-003');
    expect(email.tags).toEqual(['messaging']);
    expect(email.ownerName).toBe('Olivia Owner');
    expect(email.serviceHoursText).toBe('24x7');
  });

  it("plans a new service's first review one cadence of its tier ahead, keeps a date given, plans none when retired", async () => {
    const { app } = await makeAppWithWorkspace(); // its clock's business date is 2026-11-24
    const tierOne = await call(app, 'services.create', { name: 'Payments', lifecycle: 'live', criticality: 1 });
    expect(tierOne.nextReviewDate).toBe('2027-02-24'); // Tier 1: quarterly by default
    const tierFour = await call(app, 'services.create', { name: 'Wiki', lifecycle: 'pipeline', criticality: 4 });
    expect(tierFour.nextReviewDate).toBe('2027-11-24');
    const given = await call(app, 'services.create', { name: 'Print', criticality: 1, nextReviewDate: '2027-01-10' });
    expect(given.nextReviewDate).toBe('2027-01-10');
    const retired = await call(app, 'services.create', { name: 'Fax', lifecycle: 'retired', criticality: 1 });
    expect(retired.nextReviewDate).toBeNull();
    const policy = await call(app, 'reviewPolicy.get', {});
    await call(app, 'reviewPolicy.update', {
      policy: { ...policy.policy, service: { ...policy.policy.service, cadenceByTier: { ...policy.policy.service.cadenceByTier, '1': 1 } } },
      moveDates: false,
    });
    expect((await call(app, 'services.create', { name: 'Core network', criticality: 1 })).nextReviewDate).toBe('2026-12-24');
    expect((await call(app, 'services.get', { id: tierOne.id })).nextReviewDate).toBe('2027-02-24');
  });

  it('refuses a duplicate code, naming the service that has it', async () => {
    const { app } = await catalogue();
    expect(await callError(app, 'services.create', { code: 'svc-001', name: 'Other' })).toEqual({
      code: 'conflict',
      message: 'Code: svc-001 is already used by "Network".',
      field: 'code',
    });
  });

  it('refuses an unknown owner and unknown dependencies at their fields', async () => {
    const { app } = await catalogue();
    expect(await callError(app, 'services.create', { name: 'X', ownerId: 99 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect(await callError(app, 'services.create', { name: 'X', dependsOn: [99] })).toMatchObject({ code: 'not_found', field: 'dependsOn' });
  });

  it('refuses a dependency cycle with a message naming the cycle, and changes nothing', async () => {
    const { app, network, email } = await catalogue();
    const error = await callError(app, 'services.update', { id: network.id, dependsOn: [email.id] });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'dependsOn',
      message: 'Depends on: this would make a dependency cycle: SVC-001 Network → SVC-003 Email → SVC-002 Identity → SVC-001 Network.',
    });
    expect((await call(app, 'services.get', { id: network.id })).dependsOn).toEqual([]);
    expect(await callError(app, 'services.update', { id: network.id, dependsOn: [network.id] })).toMatchObject({
      message: 'Depends on: a service cannot depend on itself (SVC-001 Network).',
    });
  });

  it('updates only the fields given, dates lifecycle changes and audits before/after', async () => {
    const { app, email } = await catalogue();
    const retired = await call(app, 'services.update', { id: email.id, lifecycle: 'retired' });
    expect(retired).toMatchObject({ name: 'Email', category: 'Communication', tags: ['messaging'], customers: ['Finance', 'HR'], criticality: 2 });
    expect(retired.dependsOn.map((d) => d.code)).toEqual(['SVC-002']);
    expect(retired.lifecycleEvents.map((e) => e.lifecycle)).toEqual(['live', 'retired']);
    const audit = await call(app, 'audit.list', { entity: 'service', entityId: String(email.id) });
    expect(audit.entries[0]).toMatchObject({ action: 'update', before: { lifecycle: 'live' }, after: { lifecycle: 'retired' } });
  });

  it('clears an optional field when given null or empty text', async () => {
    const { app, email } = await catalogue();
    const cleared = await call(app, 'services.update', { id: email.id, category: '', supportContact: null });
    expect(cleared.category).toBeNull();
  });

  it('validates service hours with the field path', async () => {
    const { app, email } = await catalogue();
    const error = await callError(app, 'services.update', {
      id: email.id,
      serviceHours: { mode: 'weekly', windows: [{ day: 'mon', from: '18:00', to: '08:00' }] },
    });
    expect(error).toEqual({ code: 'invalid_input', field: 'serviceHours.windows.0.to', message: 'To: must end after it starts' });
  });

  it('duplicates a service into the pipeline with its dependencies', async () => {
    const { app, email } = await catalogue();
    const copy = await call(app, 'services.duplicate', { id: email.id });
    expect(copy).toMatchObject({ code: 'SVC-004', name: 'Email (copy)', lifecycle: 'pipeline', tags: ['messaging'] });
    expect(copy.dependsOn.map((d) => d.code)).toEqual(['SVC-002']);
  });

  it('explains what blocks a delete and suggests retiring; deletes a service nothing uses', async () => {
    const { app, identity, email } = await catalogue();
    const error = await callError(app, 'services.delete', { id: identity.id });
    expect(error).toEqual({
      code: 'conflict',
      message: 'SVC-002 Identity cannot be deleted: 1 service depends on it (SVC-003). Retire it instead to keep the history.',
    });
    const deleted = await call(app, 'services.delete', { id: email.id });
    expect(deleted.deleted.code).toBe('SVC-003');
    expect(await callError(app, 'services.get', { id: email.id })).toMatchObject({ code: 'not_found' });
    // Identity has no dependents any more, so it can go too.
    await call(app, 'services.delete', { id: identity.id });
    const audit = await call(app, 'audit.list', { entity: 'service' });
    expect(audit.entries[0]).toMatchObject({ action: 'delete', before: { code: 'SVC-002' }, after: null });
  });

  it('lists with filters, search and sort, and counts the total', async () => {
    const { app, owner } = await catalogue();
    const all = await call(app, 'services.list', { sort: { column: 'name', direction: 'desc' } });
    expect(all.rows.map((r) => r.name)).toEqual(['Network', 'Identity', 'Email']);
    expect(all.total).toBe(3);
    expect((await call(app, 'services.list', { kind: ['supporting'] })).rows.map((r) => r.code)).toEqual(['SVC-001', 'SVC-002']);
    expect((await call(app, 'services.list', { ownerIds: [owner.id] })).rows.map((r) => r.name)).toEqual(['Email']);
    expect((await call(app, 'services.list', { tags: ['messaging'] })).total).toBe(1);
    expect((await call(app, 'services.list', { search: 'finance' })).rows.map((r) => r.name)).toEqual(['Email']);
    expect((await call(app, 'services.list', { tiers: [2, 3], lifecycle: ['live'], limit: 1 })).total).toBe(3);
    const identityRow = (await call(app, 'services.list', { search: 'Identity' })).rows[0];
    expect(identityRow).toMatchObject({ dependsOnCount: 1, dependentCount: 1 });
  });

  it('shows what a service depends on and, transitively, what depends on it', async () => {
    const { app, network, identity, email } = await catalogue();
    const impact = await call(app, 'services.impact', { id: network.id });
    expect(impact.nodes.map((n) => `${n.code}:${n.relation}:${n.depth}`)).toEqual(['SVC-001:self:0', 'SVC-002:dependent:1', 'SVC-003:dependent:2']);
    expect(impact.edges).toEqual(
      expect.arrayContaining([
        { serviceId: identity.id, dependsOnId: network.id },
        { serviceId: email.id, dependsOnId: identity.id },
      ]),
    );
    const fromEmail = await call(app, 'services.impact', { id: email.id });
    expect(fromEmail.nodes.filter((n) => n.relation === 'dependsOn').map((n) => n.code)).toEqual(['SVC-002', 'SVC-001']);
  });

  it('lists facets in use', async () => {
    const { app } = await catalogue();
    expect(await call(app, 'services.facets', {})).toEqual({
      categories: ['Communication'],
      tags: ['messaging'],
      customers: ['Finance', 'HR'],
      owners: [expect.objectContaining({ name: 'Olivia Owner' })],
    });
  });
});
