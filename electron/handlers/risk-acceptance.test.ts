import { describe, expect, it } from 'vitest';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** A risk above the default 5×5 appetite, to be accepted, and a person to approve it. */
async function riskToAccept() {
  const { app } = await makeAppWithWorkspace();
  const head = await call(app, 'people.create', { name: 'Hana Head of IT' });
  const risk = await call(app, 'risks.create', {
    title: 'Legacy payroll server out of support',
    treatment: 'accept',
    treatmentRationale: 'Replacement is funded for next year',
    inherent: { likelihood: 4, impact: 5 },
    residual: { likelihood: 4, impact: 4 },
  });
  return { app, head, risk };
}

describe('risk acceptance approvals', () => {
  it('asks for approval above the appetite and records one with approver, expiry and rationale', async () => {
    const { app, head, risk } = await riskToAccept();
    expect(risk.exceedsAppetite).toBe(true);
    expect(await call(app, 'risks.appetite', { riskId: risk.id })).toMatchObject({ status: 'awaiting-approval', current: null, history: [] });

    const approved = await call(app, 'risks.approveAcceptance', {
      riskId: risk.id,
      approverId: head.id,
      approvedOn: '2026-11-20',
      expiresOn: '2027-05-31',
      rationale: 'Accepted until the replacement goes live',
    });
    expect(approved).toMatchObject({
      status: 'accepted',
      reason: 'Above the risk appetite; acceptance approved on 2026-11-20 until 2027-05-31.',
      current: {
        approverName: 'Hana Head of IT',
        approvedOn: '2026-11-20',
        expiresOn: '2027-05-31',
        approvedPosition: { likelihood: 4, impact: 4, score: 16 },
      },
    });
    const audit = await call(app, 'audit.list', { entity: 'risk', entityId: String(risk.id) });
    expect(audit.entries[0]?.after).toMatchObject({ acceptance: { rationale: 'Accepted until the replacement goes live' } });
  });

  it('lets the approval lapse when the residual score rises, and keeps revoked approvals', async () => {
    const { app, head, risk } = await riskToAccept();
    await call(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, rationale: 'Accepted' });
    await call(app, 'risks.assess', {
      id: risk.id,
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 5, impact: 4 },
      rationale: 'Vendor ended patches',
    });
    const lapsed = await call(app, 'risks.appetite', { riskId: risk.id });
    expect(lapsed.status).toBe('awaiting-approval');
    expect(lapsed.reason).toContain('rose to 20');

    await call(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, rationale: 'Accepted at 20 for three months', expiresOn: '2027-02-28' });
    const revoked = await call(app, 'risks.revokeAcceptance', { riskId: risk.id, reason: 'Board asked for treatment' });
    expect(revoked.current).toBeNull();
    expect(revoked.history.map((a) => [a.rationale, a.revokeReason])).toEqual([
      ['Accepted at 20 for three months', 'Board asked for treatment'],
      ['Accepted', 'Replaced by a new approval'],
    ]);
    expect(revoked.status).toBe('awaiting-approval');
  });

  it('refuses approvals that make no sense, naming the field, and writes nothing', async () => {
    const { app, head, risk } = await riskToAccept();
    expect(await callError(app, 'risks.approveAcceptance', { riskId: risk.id, rationale: 'x' })).toMatchObject({
      field: 'approverId',
      message: 'Approver: choose who approves the acceptance.',
    });
    expect(await callError(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, rationale: 'x', approvedOn: '2026-12-01' })).toMatchObject({
      field: 'approvedOn',
    });
    expect(
      await callError(app, 'risks.approveAcceptance', {
        riskId: risk.id,
        approverId: head.id,
        rationale: 'x',
        approvedOn: '2026-11-01',
        expiresOn: '2026-10-01',
      }),
    ).toMatchObject({
      field: 'expiresOn',
    });
    expect(await callError(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, rationale: '  ' })).toMatchObject({ field: 'rationale' });

    await call(app, 'risks.update', { id: risk.id, treatment: 'mitigate' });
    expect((await callError(app, 'risks.approveAcceptance', { riskId: risk.id, approverId: head.id, rationale: 'x' })).message).toBe(
      `${risk.code} Legacy payroll server out of support has treatment “mitigate”: set the treatment to accept before approving an acceptance.`,
    );
    const low = await call(app, 'risks.create', {
      title: 'Printer toner',
      treatment: 'accept',
      inherent: { likelihood: 2, impact: 1 },
      residual: { likelihood: 1, impact: 1 },
    });
    expect((await callError(app, 'risks.approveAcceptance', { riskId: low.id, approverId: head.id, rationale: 'x' })).message).toContain(
      'within the risk appetite',
    );
    expect(await callError(app, 'risks.revokeAcceptance', { riskId: risk.id, reason: 'x' })).toMatchObject({ code: 'conflict' });
    expect((await call(app, 'risks.appetite', { riskId: risk.id })).history).toEqual([]);
  });

  it('uses the person chosen as "I am" as the approver when none is named', async () => {
    const { app, head, risk } = await riskToAccept();
    await call(app, 'settings.update', { currentPersonId: head.id });
    const approved = await call(app, 'risks.approveAcceptance', { riskId: risk.id, rationale: 'Accepted' });
    expect(approved.current?.approverId).toBe(head.id);
  });

  it('filters the register to the risks whose appetite decision is due, agreeing with risks.appetite', async () => {
    const { app, head, risk: awaiting } = await riskToAccept();
    const above = { inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 4, impact: 4 } };
    const untreated = await call(app, 'risks.create', { title: 'Untreated', ...above });
    await call(app, 'risks.create', { title: 'Being mitigated', treatment: 'mitigate', ...above });
    const approved = await call(app, 'risks.create', { title: 'Approved', treatment: 'accept', ...above });
    await call(app, 'risks.approveAcceptance', { riskId: approved.id, approverId: head.id, rationale: 'ok' });
    const expired = await call(app, 'risks.create', { title: 'Expired approval', treatment: 'accept', ...above });
    await call(app, 'risks.approveAcceptance', { riskId: expired.id, approverId: head.id, rationale: 'ok', approvedOn: '2026-01-01', expiresOn: '2026-06-30' });
    const risen = await call(app, 'risks.create', { title: 'Risen since approval', treatment: 'accept', ...above });
    await call(app, 'risks.approveAcceptance', { riskId: risen.id, approverId: head.id, rationale: 'ok' });
    await call(app, 'risks.assess', { id: risen.id, ...above, residual: { likelihood: 5, impact: 4 }, rationale: 'Worse' });
    await call(app, 'risks.create', {
      title: 'Within appetite',
      treatment: 'accept',
      inherent: { likelihood: 2, impact: 2 },
      residual: { likelihood: 1, impact: 2 },
    });

    const listed = await call(app, 'risks.list', { needsDecision: true });
    expect(listed.rows.map((row) => row.title).sort()).toEqual([
      'Expired approval',
      'Legacy payroll server out of support',
      'Risen since approval',
      'Untreated',
    ]);
    const all = await call(app, 'risks.list', {});
    for (const row of all.rows) {
      const { status } = await call(app, 'risks.appetite', { riskId: row.id });
      expect([row.title, listed.rows.some((hit) => hit.id === row.id)]).toEqual([row.title, status === 'untreated' || status === 'awaiting-approval']);
    }
    expect([awaiting.id, untreated.id].every((id) => listed.rows.some((row) => row.id === id))).toBe(true);
  });
});
