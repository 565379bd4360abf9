import { describe, expect, it } from 'vitest';
import type { AppController } from '../app/app-controller';
import { risksNotMatchingLatestAssessment, risksWithStaleScores } from '../demo/workspace-checks';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** A small register: two owners, two services, a supplier and four risks in different bands. */
async function register() {
  const { app } = await makeAppWithWorkspace();
  const ann = await call(app, 'people.create', { name: 'Ann Owner' });
  const bob = await call(app, 'people.create', { name: 'Bob Owner' });
  const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
  const network = await call(app, 'services.create', { name: 'Network', lifecycle: 'live' });
  const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
  const outage = await call(app, 'risks.create', {
    title: 'Email outage',
    cause: 'Single mail server',
    event: 'Server fails',
    consequence: 'No email for a day',
    category: 'Availability',
    ownerId: ann.id,
    serviceIds: [email.id],
    supplierId: supplier.id,
    status: 'treating',
    treatment: 'mitigate',
    inherent: { likelihood: 5, impact: 5 },
    residual: { likelihood: 4, impact: 4 },
    target: { likelihood: 2, impact: 3 },
    rationale: 'First look',
    nextReviewDate: '2026-10-01',
  });
  const phishing = await call(app, 'risks.create', {
    title: 'Phishing',
    category: 'Security',
    ownerId: bob.id,
    serviceIds: [email.id, network.id],
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 2, impact: 3 },
    nextReviewDate: '2027-01-01',
  });
  const cabling = await call(app, 'risks.create', {
    title: 'Old cabling',
    category: 'Availability',
    ownerId: bob.id,
    serviceIds: [network.id],
    status: 'closed',
    inherent: { likelihood: 2, impact: 2 },
    residual: { likelihood: 1, impact: 1 },
    nextReviewDate: '2020-01-01',
  });
  const unscored = await call(app, 'risks.create', { title: 'New idea, not scored', ownerId: ann.id });
  return { app, ann, bob, email, network, supplier, outage, phishing, cabling, unscored };
}

function count(app: AppController, table: string): number {
  return app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

describe('risks: create, update, assess, delete', () => {
  it('suggests codes, scores and bands as it saves, keeps a first assessment and audits', async () => {
    const { app, outage, unscored, ann } = await register();
    expect(outage.code).toBe('RSK-001');
    expect(unscored.code).toBe('RSK-004');
    expect((await call(app, 'risks.suggestCode', {})).code).toBe('RSK-005');
    expect(outage).toMatchObject({
      ownerName: 'Ann Owner',
      supplierName: 'Mailco',
      inherent: { likelihood: 5, impact: 5, score: 25, band: 'Critical', bandRank: 3, colour: '#c92a2a' },
      residual: { likelihood: 4, impact: 4, score: 16, band: 'High' },
      target: { score: 6, band: 'Medium' },
      exceedsAppetite: true,
      serviceCodes: ['SVC-001'],
      reviewOverdue: true,
    });
    expect(outage.assessments).toHaveLength(1);
    expect(outage.assessments[0]).toMatchObject({ kind: 'assessment', matrixVersion: 1, rationale: 'First look', residual: { score: 16 } });
    expect(unscored).toMatchObject({ inherent: null, residual: null, target: null, exceedsAppetite: false, assessments: [] });
    const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(outage.id) });
    expect(audit.entries[0]).toMatchObject({ action: 'create', after: { code: 'RSK-001', residual: '4×4', services: ['SVC-001'], ownerId: ann.id } });
    expect(risksWithStaleScores(app.db)).toEqual([]);
  });

  it('refuses scores outside the matrix, naming the field, and writes nothing', async () => {
    const { app } = await register();
    const risks = count(app, 'risks');
    const error = await callError(app, 'risks.create', { title: 'X', inherent: { likelihood: 6, impact: 1 }, residual: { likelihood: 1, impact: 1 } });
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'inherent.likelihood',
      message: 'Inherent likelihood: likelihood 6 is outside the matrix: likelihood must be 1 to 5 (5×5).',
    });
    expect(await callError(app, 'risks.create', { title: 'X', inherent: { likelihood: 8, impact: 1 }, residual: { likelihood: 1, impact: 1 } })).toMatchObject({
      field: 'inherent.likelihood',
      message: 'Likelihood: must be at most 7',
    });
    expect(await callError(app, 'risks.create', { title: 'X', inherent: { likelihood: 2, impact: 2 } })).toMatchObject({
      field: 'residual',
      message: 'Residual: is required with the inherent score (a first assessment has both)',
    });
    expect(await callError(app, 'risks.create', { title: 'X', ownerId: 99 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect(await callError(app, 'risks.create', { title: 'X', serviceIds: [99] })).toMatchObject({ code: 'not_found', field: 'serviceIds' });
    expect(await callError(app, 'risks.create', { title: 'X', code: 'rsk-001' })).toMatchObject({
      code: 'conflict',
      message: 'Code: rsk-001 is already used by "Email outage".',
    });
    expect(count(app, 'risks')).toBe(risks);
    expect(count(app, 'risk_assessments')).toBe(3);
  });

  it('updates only the fields given; scores change only through assess', async () => {
    const { app, outage, network } = await register();
    const updated = await call(app, 'risks.update', { id: outage.id, title: 'Email service outage', serviceIds: [network.id], category: '', treatment: null });
    expect(updated).toMatchObject({
      title: 'Email service outage',
      category: null,
      treatment: null,
      cause: 'Single mail server',
      serviceCodes: ['SVC-002'],
      residual: { score: 16 },
    });
    expect(await callError(app, 'risks.update', { id: outage.id, residual: { likelihood: 1, impact: 1 } })).toMatchObject({
      field: 'residual',
      message: 'Residual: is changed with risks.assess, so every change is kept in the history',
    });
    const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(outage.id) });
    expect(audit.entries[0]).toMatchObject({
      action: 'update',
      before: { title: 'Email outage', services: ['SVC-001'] },
      after: { title: 'Email service outage', services: ['SVC-002'] },
    });
  });

  it('keeps every re-assessment as a dated row with assessor and rationale; current scores follow the latest', async () => {
    const { app, unscored, outage, bob } = await register();
    const assessed = await call(app, 'risks.assess', {
      id: unscored.id,
      inherent: { likelihood: 3, impact: 4 },
      residual: { likelihood: 2, impact: 4 },
      rationale: 'Scored at the monthly review',
      assessorId: bob.id,
    });
    expect(assessed).toMatchObject({ status: 'assessed', residual: { score: 8, band: 'Medium' }, target: null });
    expect(assessed.assessments).toEqual([
      expect.objectContaining({ assessorId: bob.id, assessorName: 'Bob Owner', rationale: 'Scored at the monthly review', kind: 'assessment' }),
    ]);

    const again = await call(app, 'risks.assess', {
      id: outage.id,
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 3, impact: 3 },
      rationale: 'Second server live',
    });
    expect(again).toMatchObject({ status: 'treating', residual: { score: 9 }, target: { likelihood: 2, impact: 3 } });
    expect(again.assessments.map((a) => a.residual?.score)).toEqual([16, 9]);

    const backdated = await call(app, 'risks.assess', {
      id: outage.id,
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 5, impact: 4 },
      target: null,
      rationale: 'Found an older paper assessment',
      assessedOn: '2025-01-10',
    });
    expect(backdated.residual?.score).toBe(9);
    expect(backdated.assessments.map((a) => a.residual?.score)).toEqual([20, 16, 9]);
    expect(risksNotMatchingLatestAssessment(app.db)).toEqual([]);
    expect(risksWithStaleScores(app.db)).toEqual([]);
  });

  it('refuses an assessment off the matrix, in the future or without rationale, and writes nothing', async () => {
    const { app, outage } = await register();
    const before = count(app, 'risk_assessments');
    expect(
      await callError(app, 'risks.assess', { id: outage.id, inherent: { likelihood: 5, impact: 6 }, residual: { likelihood: 1, impact: 1 }, rationale: 'x' }),
    ).toEqual({
      code: 'invalid_input',
      field: 'inherent.impact',
      message: 'Inherent impact: impact 6 is outside the matrix: impact must be 1 to 5 (5×5).',
    });
    expect(
      await callError(app, 'risks.assess', {
        id: outage.id,
        inherent: { likelihood: 5, impact: 5 },
        residual: { likelihood: 1, impact: 1 },
        rationale: 'x',
        assessedOn: '2030-01-01',
      }),
    ).toMatchObject({ field: 'assessedOn' });
    expect(
      await callError(app, 'risks.assess', { id: outage.id, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 1, impact: 1 }, rationale: ' ' }),
    ).toMatchObject({
      field: 'rationale',
    });
    expect(count(app, 'risk_assessments')).toBe(before);
    expect((await call(app, 'risks.get', { id: outage.id })).residual?.score).toBe(16);
  });

  it('deletes only a risk without history, and explains what blocks the others', async () => {
    const { app, outage, unscored } = await register();
    await call(app, 'riskActions.create', { riskId: outage.id, title: 'Second server' });
    const error = await callError(app, 'risks.delete', { id: outage.id });
    expect(error).toEqual({
      code: 'conflict',
      message:
        'RSK-001 Email outage cannot be deleted: it has 1 assessment, 1 treatment action, which are evidence for audits. Set its status to closed instead.',
    });
    expect(count(app, 'risks')).toBe(4);
    expect(await call(app, 'risks.delete', { id: unscored.id })).toEqual({ deleted: { id: unscored.id, code: 'RSK-004', title: 'New idea, not scored' } });
    expect(count(app, 'risks')).toBe(3);
    expect((await call(app, 'audit.list', { entity: 'risk', entityId: String(unscored.id) })).entries[0]).toMatchObject({ action: 'delete' });
  });
});

describe('risks.list: the register', () => {
  const codes = async (app: AppController, input: Parameters<typeof call<'risks.list'>>[2]) => (await call(app, 'risks.list', input)).rows.map((r) => r.code);

  it('filters by band, owner, service, status, category, appetite, overdue review and action, cell and text', async () => {
    const { app, bob, network, outage, supplier } = await register();
    await call(app, 'riskActions.create', { riskId: outage.id, title: 'Late', dueDate: '2026-01-01' });
    expect(await codes(app, {})).toEqual(['RSK-001', 'RSK-002', 'RSK-003', 'RSK-004']);
    expect(await codes(app, { bands: ['high', 'Critical'] })).toEqual(['RSK-001']);
    expect(await codes(app, { bands: ['Critical'], bandBasis: 'inherent' })).toEqual(['RSK-001']);
    expect(await codes(app, { ownerIds: [bob.id] })).toEqual(['RSK-002', 'RSK-003']);
    expect(await codes(app, { serviceIds: [network.id] })).toEqual(['RSK-002', 'RSK-003']);
    expect(await codes(app, { supplierIds: [supplier.id] })).toEqual(['RSK-001']);
    expect(await codes(app, { statuses: ['identified'] })).toEqual(['RSK-004']);
    expect(await codes(app, { statuses: ['assessed'] })).toEqual(['RSK-002']);
    expect(await codes(app, { categories: ['Availability'] })).toEqual(['RSK-001', 'RSK-003']);
    expect(await codes(app, { aboveAppetite: true })).toEqual(['RSK-001']);
    expect(await codes(app, { reviewOverdue: true })).toEqual(['RSK-001']);
    expect(await codes(app, { actionOverdue: true })).toEqual(['RSK-001']);
    expect(await codes(app, { cell: { basis: 'residual', likelihood: 2, impact: 3 } })).toEqual(['RSK-002']);
    expect(await codes(app, { search: 'mail server' })).toEqual(['RSK-001']);
    expect(await codes(app, { search: '100%' })).toEqual([]);
    // The full-text index: words by their start, in any order and column, case and accents folded.
    expect(await codes(app, { search: 'serv MAIL' })).toEqual(['RSK-001']);
    expect(await codes(app, { search: 'phish' })).toEqual(['RSK-002']);
    expect(await codes(app, { search: 'rsk-00' })).toEqual(['RSK-001', 'RSK-002', 'RSK-003', 'RSK-004']);
    expect(await codes(app, { search: 'Émail' })).toEqual(['RSK-001']);
    // What people type is text, never FTS5 syntax.
    expect(await codes(app, { search: 'email NOT "outage' })).toEqual([]);
    expect(await codes(app, { search: '*' })).toEqual([]);
    // An edited risk is found by its new words at once.
    await call(app, 'risks.update', { id: outage.id, title: 'Mailbox outage' });
    expect(await codes(app, { search: 'mailbox' })).toEqual(['RSK-001']);
    const page = await call(app, 'risks.list', { ownerIds: [bob.id] });
    expect(page.total).toBe(2);
    const row = (await call(app, 'risks.list', { actionOverdue: true })).rows[0]!;
    expect(row).toMatchObject({ openActions: 1, overdueActions: 1, reviewOverdue: true, serviceCodes: ['SVC-001'] });
  });

  it('sorts on any column, empty values last, and pages with a total', async () => {
    const { app } = await register();
    expect(await codes(app, { sort: { column: 'residualScore', direction: 'desc' } })).toEqual(['RSK-001', 'RSK-002', 'RSK-003', 'RSK-004']);
    expect(await codes(app, { sort: { column: 'residualScore', direction: 'asc' } })).toEqual(['RSK-003', 'RSK-002', 'RSK-001', 'RSK-004']);
    expect(await codes(app, { sort: { column: 'title', direction: 'asc' } })).toEqual(['RSK-001', 'RSK-004', 'RSK-003', 'RSK-002']);
    expect(await codes(app, { sort: { column: 'owner', direction: 'desc' } })).toEqual(['RSK-003', 'RSK-002', 'RSK-004', 'RSK-001']);
    expect(await codes(app, { sort: { column: 'nextReviewDate', direction: 'asc' } })).toEqual(['RSK-003', 'RSK-001', 'RSK-002', 'RSK-004']);
    expect(await codes(app, { sort: { column: 'status', direction: 'asc' } })).toEqual(['RSK-004', 'RSK-002', 'RSK-001', 'RSK-003']);
    expect(await codes(app, { sort: { column: 'residualBand', direction: 'desc' } })).toEqual(['RSK-001', 'RSK-002', 'RSK-003', 'RSK-004']);
    expect(await codes(app, { sort: { column: 'supplier', direction: 'asc' } })).toEqual(['RSK-001', 'RSK-002', 'RSK-003', 'RSK-004']);
    for (const column of ['category', 'treatment', 'inherentScore', 'targetScore', 'overdueActions', 'createdAt', 'updatedAt'] as const) {
      expect(await codes(app, { sort: { column, direction: 'desc' } })).toHaveLength(4);
    }
    const window = await call(app, 'risks.list', { sort: { column: 'code', direction: 'asc' }, offset: 1, limit: 2 });
    expect(window.rows.map((r) => r.code)).toEqual(['RSK-002', 'RSK-003']);
    expect(window.total).toBe(4);
  });

  it('names a band the matrix does not have', async () => {
    const { app } = await register();
    expect(await callError(app, 'risks.list', { bands: ['Extreme'] })).toEqual({
      code: 'invalid_input',
      field: 'bands',
      message: 'Bands: "Extreme" is not a band of the risk matrix (Low, Medium, High, Critical).',
    });
  });

  it('lists the facets in use', async () => {
    const { app, supplier } = await register();
    expect(await call(app, 'risks.facets', {})).toEqual({
      categories: ['Availability', 'Security'],
      owners: [expect.objectContaining({ name: 'Ann Owner' }), expect.objectContaining({ name: 'Bob Owner' })],
      suppliers: [{ id: supplier.id, name: 'Mailco' }],
    });
  });
});

describe('risks.bulkUpdate', () => {
  it('changes owner and next review of chosen risks or of a filter in one audited transaction', async () => {
    const { app, ann, bob, phishing, cabling } = await register();
    expect(await call(app, 'risks.bulkUpdate', { ids: [phishing.id, cabling.id], ownerId: ann.id })).toEqual({ updated: 2 });
    expect((await call(app, 'risks.list', { ownerIds: [bob.id] })).total).toBe(0);
    const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(phishing.id) });
    expect(audit.entries[0]).toMatchObject({ action: 'update', before: { ownerId: bob.id }, after: { ownerId: ann.id, bulk: true } });
    expect(await call(app, 'risks.bulkUpdate', { filter: { categories: ['Availability'] }, nextReviewDate: '2027-03-31' })).toEqual({ updated: 2 });
    expect((await call(app, 'risks.list', { categories: ['Availability'] })).rows.map((r) => r.nextReviewDate)).toEqual(['2027-03-31', '2027-03-31']);
    expect(await call(app, 'risks.bulkUpdate', { filter: { categories: ['Availability'] }, nextReviewDate: '2027-03-31' })).toEqual({ updated: 0 });
    // Every matching risk but the ones left out.
    const availability = (await call(app, 'risks.list', { categories: ['Availability'] })).rows;
    expect(
      await call(app, 'risks.bulkUpdate', { filter: { categories: ['Availability'] }, exceptIds: [availability[0]!.id], nextReviewDate: '2027-06-30' }),
    ).toEqual({ updated: 1 });
    expect((await call(app, 'risks.list', { categories: ['Availability'] })).rows.map((r) => r.nextReviewDate)).toEqual(['2027-03-31', '2027-06-30']);
    expect(await callError(app, 'risks.bulkUpdate', { ids: [phishing.id], exceptIds: [phishing.id], ownerId: ann.id })).toMatchObject({ field: 'exceptIds' });
  });

  it('refuses unclear requests and missing risks, changing nothing', async () => {
    const { app, ann, phishing } = await register();
    const audits = count(app, 'audit_log');
    expect(await callError(app, 'risks.bulkUpdate', { ownerId: ann.id })).toMatchObject({
      field: 'ids',
      message: 'Ids: give either the risk ids or the filter, not both or neither',
    });
    expect(await callError(app, 'risks.bulkUpdate', { ids: [phishing.id] })).toMatchObject({ field: 'ownerId' });
    expect(await callError(app, 'risks.bulkUpdate', { ids: [phishing.id, 999], ownerId: ann.id })).toMatchObject({ code: 'not_found', field: 'ids' });
    expect(await callError(app, 'risks.bulkUpdate', { ids: [phishing.id], ownerId: 999 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect((await call(app, 'risks.get', { id: phishing.id })).ownerName).toBe('Bob Owner');
    expect(count(app, 'audit_log')).toBe(audits);
  });
});

describe('heat maps', () => {
  it('counts risks per cell on each basis, with the matrix colours, filtered like the register', async () => {
    const { app } = await register();
    const residual = await call(app, 'risks.heatmap', {});
    expect(residual).toMatchObject({ basis: 'residual', asOf: null, matrixVersion: 1, total: 3, unscored: 1 });
    const cell = (map: typeof residual, l: number, i: number) => map.grid.flat().find((c) => c.likelihood === l && c.impact === i)!;
    expect(cell(residual, 4, 4)).toMatchObject({ count: 1, score: 16, band: { name: 'High' }, exceedsAppetite: true });
    expect(cell(residual, 2, 3).count).toBe(1);
    const inherent = await call(app, 'risks.heatmap', { basis: 'inherent', statuses: ['assessed', 'treating'] });
    expect(inherent.total).toBe(2);
    expect(cell(inherent, 5, 5).count).toBe(1);
    expect((await call(app, 'risks.heatmap', { basis: 'target' })).total).toBe(1);
  });

  it('draws the grid as it was on a date from the assessment history', async () => {
    const { app, outage } = await register();
    app.db.prepare("UPDATE risk_assessments SET assessed_at = '2026-01-15T10:00:00.000Z' WHERE risk_id = ?").run(outage.id);
    await call(app, 'risks.assess', { id: outage.id, inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 2, impact: 2 }, rationale: 'Fixed' });
    const then = await call(app, 'risks.heatmap', { asOf: '2026-02-01', basis: 'residual' });
    expect(then).toMatchObject({ asOf: '2026-02-01', total: 1, unscored: 3 });
    expect(
      then.grid
        .flat()
        .filter((c) => c.count)
        .map((c) => `${c.likelihood}${c.impact}:${c.count}`),
    ).toEqual(['44:1']);
    const now = await call(app, 'risks.heatmap', { basis: 'residual', serviceIds: [outage.services[0]!.id] });
    expect(
      now.grid
        .flat()
        .filter((c) => c.count)
        .map((c) => `${c.likelihood}${c.impact}:${c.count}`),
    ).toEqual(['22:1', '23:1']);
  });

  it('counts moves from inherent to residual or target cells', async () => {
    const { app } = await register();
    const movement = await call(app, 'risks.movement', {});
    expect(movement).toMatchObject({ from: 'inherent', to: 'residual', total: 3 });
    expect(movement.moves).toContainEqual({ from: { likelihood: 5, impact: 5 }, to: { likelihood: 4, impact: 4 }, count: 1 });
    expect((await call(app, 'risks.movement', { to: 'target' })).moves).toEqual([
      { from: { likelihood: 5, impact: 5 }, to: { likelihood: 2, impact: 3 }, count: 1 },
    ]);
  });

  it('shows each service’s risks by band, most severe first', async () => {
    const { app } = await register();
    const byService = await call(app, 'risks.byService', {});
    expect(byService.bands.map((b) => b.name)).toEqual(['Low', 'Medium', 'High', 'Critical']);
    expect(byService.services.map((s) => ({ code: s.code, byBand: s.byBand, total: s.total, above: s.aboveAppetite }))).toEqual([
      { code: 'SVC-001', byBand: [0, 1, 1, 0], total: 2, above: 1 },
      { code: 'SVC-002', byBand: [1, 1, 0, 0], total: 2, above: 0 },
    ]);
    const network = await call(app, 'risks.byService', { serviceIds: [2] });
    expect(network.services.map((s) => s.code)).toEqual(['SVC-002']);
  });

  it('adds risk figures to the dashboard', async () => {
    const { app, outage } = await register();
    await call(app, 'riskActions.create', { riskId: outage.id, title: 'Late', dueDate: '2026-01-01' });
    const { risks } = await call(app, 'dashboard.summary', {});
    expect(risks).toMatchObject({ matrixVersion: 1, scored: 2, unscored: 1, aboveAppetite: 1, overdueReviews: 1, overdueActions: 1, decisionsDue: 0 });
    expect(risks.residual.flat().reduce((sum, c) => sum + c.count, 0)).toBe(2);
    // To be accepted without an approval: the decision is due.
    await call(app, 'risks.update', { id: outage.id, treatment: 'accept' });
    expect((await call(app, 'dashboard.summary', {})).risks.decisionsDue).toBe(1);
  });
});

describe('treatment actions', () => {
  it('adds, progresses and completes actions; overdue ones are flagged on the risk and the register', async () => {
    const { app, outage, ann } = await register();
    const late = await call(app, 'riskActions.create', { riskId: outage.id, title: 'Second server', ownerId: ann.id, dueDate: '2026-11-01' });
    expect(late).toMatchObject({ riskCode: 'RSK-001', ownerName: 'Ann Owner', status: 'open', overdue: true, completedAt: null });
    await call(app, 'riskActions.create', { riskId: outage.id, title: 'Later', dueDate: '2027-01-01' });
    expect((await call(app, 'risks.get', { id: outage.id })).actions.map((a) => `${a.title}:${a.overdue}`)).toEqual(['Second server:true', 'Later:false']);
    expect((await call(app, 'riskActions.list', { overdue: true })).rows.map((a) => a.title)).toEqual(['Second server']);
    const progressed = await call(app, 'riskActions.update', { id: late.id, status: 'in_progress', progressNotes: 'Hardware ordered' });
    expect(progressed).toMatchObject({ status: 'in_progress', progressNotes: 'Hardware ordered', overdue: true });
    const done = await call(app, 'riskActions.update', { id: late.id, status: 'done' });
    expect(done.completedAt).not.toBeNull();
    expect(done.overdue).toBe(false);
    expect((await call(app, 'risks.list', { actionOverdue: true })).total).toBe(0);
    expect(await callError(app, 'riskActions.delete', { id: late.id })).toMatchObject({ code: 'conflict' });
    expect((await call(app, 'audit.list', { entity: 'action' })).entries.map((e) => e.action)).toEqual(['update', 'update', 'create', 'create']);
  });

  it('refuses an action for an unknown risk or owner', async () => {
    const { app, outage } = await register();
    expect(await callError(app, 'riskActions.create', { riskId: 999, title: 'x' })).toMatchObject({ code: 'not_found', field: 'riskId' });
    expect(await callError(app, 'riskActions.create', { riskId: outage.id, title: 'x', ownerId: 999 })).toMatchObject({ code: 'not_found', field: 'ownerId' });
    expect(count(app, 'actions')).toBe(0);
  });
});
