import { describe, expect, it } from 'vitest';
import { SERVICE_SORT_KEYS } from '../../shared/domain/service-risk-order';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

/** Twelve services in a chain of dependencies (each on the one before) and risks of every band on them. */
async function workspace() {
  const { app } = await makeAppWithWorkspace();
  const ids: number[] = [];
  for (let k = 0; k < 12; k += 1) {
    const service = await call(app, 'services.create', { name: `Service ${k}`, lifecycle: 'live', dependsOn: k % 4 === 0 ? [] : [ids[k - 1]!] });
    ids.push(service.id);
  }
  for (let k = 0; k < 30; k += 1) {
    const position = { likelihood: 1 + (k % 5), impact: 1 + ((k * 3) % 5) };
    await call(app, 'risks.create', {
      title: `Risk ${k}`,
      serviceIds: [ids[k % 12]!, ...(k % 3 === 0 ? [ids[(k * 7) % 12]!] : [])].filter((id, i, all) => all.indexOf(id) === i),
      ...(k % 6 === 5 ? {} : { inherent: position, residual: position }),
    });
  }
  return { app, ids };
}

// Before: risks.byService answered all ~5,000 services at once and the screen waited for all of them.
describe('risks by service, a page at a time', () => {
  it('gives the same services, figures, order and total page by page as in one answer, for every order, direct or inherited', async () => {
    const { app } = await workspace();
    for (const includeInherited of [false, true]) {
      for (const sort of SERVICE_SORT_KEYS) {
        const whole = await call(app, 'risks.byService', { includeInherited, sort });
        expect(whole.total).toBe(whole.services.length);
        expect(whole.largestTotal).toBe(Math.max(...whole.services.map((s) => s.total)));
        const paged = [];
        for (let offset = 0; offset < whole.total + 5; offset += 5) {
          const page = await call(app, 'risks.byService', { includeInherited, sort, offset, limit: 5 });
          expect([page.total, page.largestTotal]).toEqual([whole.total, whole.largestTotal]);
          paged.push(...page.services);
        }
        expect(paged).toEqual(whole.services);
      }
    }
  });

  it('puts the most severe first by default, and counts inherited risks on the services that depend on others', async () => {
    const { app } = await workspace();
    const direct = await call(app, 'risks.byService', { limit: 3 });
    const inherited = await call(app, 'risks.byService', { includeInherited: true, limit: 3 });
    expect(direct.services).toHaveLength(3);
    const all = (await call(app, 'risks.byService', {})).services;
    expect(direct.services).toEqual(all.slice(0, 3));
    // No service further down has more risks in the highest band than the third one shown.
    const critical = (s: { byBand: number[] }) => s.byBand.at(-1)!;
    expect(Math.max(...all.slice(3).map(critical))).toBeLessThanOrEqual(critical(direct.services[2]!));
    expect(inherited.largestTotal).toBeGreaterThan(direct.largestTotal);
  });

  it('answers the next page from the data as it is after a write, never from a list kept from before it', async () => {
    const { app, ids } = await workspace();
    const before = await call(app, 'risks.byService', { sort: 'code', offset: 0, limit: 2 });
    await call(app, 'risks.create', { title: 'New', serviceIds: [ids[0]!], inherent: { likelihood: 5, impact: 5 }, residual: { likelihood: 5, impact: 5 } });
    const after = await call(app, 'risks.byService', { sort: 'code', offset: 0, limit: 2 });
    expect(after.services[0]!.total).toBe(before.services[0]!.total + 1);
    expect(after.services[0]!.byBand.at(-1)).toBe(before.services[0]!.byBand.at(-1)! + 1);
  });

  it('refuses a window it cannot give, naming the field', async () => {
    const { app } = await workspace();
    expect((await callError(app, 'risks.byService', { limit: 0 })).field).toBe('limit');
    expect((await callError(app, 'risks.byService', { offset: -1 })).field).toBe('offset');
    expect((await callError(app, 'risks.byService', { sort: 'name' as never })).field).toBe('sort');
  });
});
