import { describe, expect, it } from 'vitest';
import { call } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// Before: a service's page listed only risks linked to it, though a risk on Network threatens every service that needs Network.
describe('risks inherited through dependencies', () => {
  it('lists risks of services depended on, directly or not, with the path, nearest first, not repeating direct ones', async () => {
    const { app } = await makeAppWithWorkspace();
    const core = await call(app, 'services.create', { name: 'Core switching', kind: 'supporting', lifecycle: 'live' });
    const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live', dependsOn: [core.id] });
    const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live', dependsOn: [network.id] });
    const onCore = await call(app, 'risks.create', { title: 'Switch firmware out of support', serviceIds: [core.id] });
    const onNetwork = await call(app, 'risks.create', { title: 'Single WAN link', serviceIds: [network.id] });
    await call(app, 'risks.create', { title: 'Phishing', serviceIds: [email.id, network.id] });

    const detail = await call(app, 'services.get', { id: email.id });
    expect(detail.risks.map((r) => r.title)).toEqual(['Phishing']);
    expect(detail.inheritedRiskCount).toBe(2);
    expect(detail.inheritedRisks.map((r) => [r.code, r.via.map((s) => s.name).join(' → ')])).toEqual([
      [onNetwork.code, 'Network'],
      [onCore.code, 'Network → Core switching'],
    ]);
    expect((await call(app, 'services.get', { id: core.id })).inheritedRisks).toEqual([]);
  });
});

describe('risks by service with inherited risks', () => {
  it('counts, when asked, the risks of everything a service depends on, each risk once', async () => {
    const { app } = await makeAppWithWorkspace();
    const core = await call(app, 'services.create', { name: 'Core switching', kind: 'supporting', lifecycle: 'live' });
    const network = await call(app, 'services.create', { name: 'Network', kind: 'supporting', lifecycle: 'live', dependsOn: [core.id] });
    const email = await call(app, 'services.create', { name: 'Email', lifecycle: 'live', dependsOn: [network.id, core.id] });
    await call(app, 'risks.create', {
      title: 'Switch firmware out of support',
      serviceIds: [core.id],
      residual: { likelihood: 4, impact: 5 },
      inherent: { likelihood: 4, impact: 5 },
    });
    await call(app, 'risks.create', { title: 'Single WAN link', serviceIds: [network.id] });
    const totals = async (includeInherited: boolean) =>
      Object.fromEntries((await call(app, 'risks.byService', { includeInherited })).services.map((s) => [s.name, [s.total, s.aboveAppetite]]));
    expect(await totals(false)).toEqual({ 'Core switching': [1, 1], Network: [1, 0] });
    expect(await totals(true)).toEqual({ 'Core switching': [1, 1], Network: [2, 1], Email: [2, 1] });
    expect(email.id).toBeGreaterThan(0);
  });
});
