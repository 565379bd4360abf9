import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/api/people-api';
import { createFakeApi, takeContractViolations } from './fake-api';

const alice: Person = {
  id: 1,
  name: 'Alice Hart',
  email: null,
  role: 'Service owner',
  active: true,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

describe('the fake API checks its results against the contract', () => {
  it('passes a fixture that is what the real API returns', async () => {
    const fake = createFakeApi({ 'people.list': () => [alice] });
    await expect(fake.api.call('people.list', {})).resolves.toEqual([alice]);
    expect(takeContractViolations()).toEqual([]);
  });

  it('refuses a fixture with a number where the type declares a string, naming the method and the path', async () => {
    const drifted = { ...alice, name: 42 } as unknown as Person;
    const fake = createFakeApi({ 'people.list': () => [alice, drifted] });
    await expect(fake.api.call('people.list', {})).rejects.toThrow(/people\.list.*result\[1\]\.name must be string, not number 42/);
    expect(takeContractViolations()).toEqual([
      `The fake API's people.list returned what the real API never does: result[1].name must be string, not number 42`,
    ]);
  });

  it('refuses a fixture missing a required field, or carrying one the type does not declare', async () => {
    const { email: _email, ...withoutEmail } = alice;
    const fake = createFakeApi({
      'people.create': () => withoutEmail as Person,
      'people.update': () => ({ ...alice, fullName: 'Alice Hart' }) as Person,
    });
    await expect(fake.api.call('people.create', { name: 'Alice Hart' })).rejects.toThrow(/result\.email is missing/);
    await expect(fake.api.call('people.update', { id: 1, name: 'Alice Hart' })).rejects.toThrow(/result\.fullName is not declared by the type/);
    expect(takeContractViolations()).toHaveLength(2);
  });

  it('names the problem inside a nullable object, and counts a required field set to undefined as missing (JSON drops it)', async () => {
    const fake = createFakeApi({
      'workspace.info': () =>
        ({
          host: { kind: 'browser', appVersion: '0.1.0', nativeFileDialogs: false, defaultDirectory: '/tmp', now: '2026-11-24T09:00:00Z' },
          workspace: { path: '/tmp/a.sqlite' },
          recent: [],
          notice: undefined,
          damagedWorkspace: null,
        }) as never,
    });
    await expect(fake.api.call('workspace.info')).rejects.toThrow(/result\.workspace\.\w+ is missing/);
    const [violation] = takeContractViolations();
    expect(violation).toMatch(/result\.notice is missing/);
  });
});
