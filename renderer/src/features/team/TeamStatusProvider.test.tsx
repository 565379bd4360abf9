import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeamStatus } from '../../../../shared/team/team-types';
import { openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { singleStatus, teamStatus } from '../../test/team-fixtures';
import { TEAM_POLL_MS } from './TeamStatusProvider';

function renderWith(next: () => TeamStatus) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'team.status': next,
      'settings.get': () => ({ organisationName: 'Acme IT', currentPersonId: null }),
      'people.list': () => [],
    },
    { path: '/settings/organisation' },
  );
}

/**
 * Waits until `count()` reaches `expected`. The testing library's waitFor polls with setInterval,
 * which these tests fake; this waits on setTimeout, which stays real.
 */
async function reaches(count: () => number, expected: number) {
  for (let tries = 0; tries < 250 && count() < expected; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(count()).toBe(expected);
}

describe('TeamStatusProvider', () => {
  // Only the interval is faked: the API's promises and the testing library's waits run as usual.
  afterEach(() => vi.useRealTimers());

  it('asks a team workspace again every few seconds, a single-user one only once', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const single = renderWith(singleStatus);
    await reaches(() => single.inputsOf('team.status').length, 1);
    await screen.findByRole('heading', { name: 'Organisation' });
    vi.advanceTimersByTime(TEAM_POLL_MS * 3);
    // A reload would be asked for within a render or two; give it that long.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(single.inputsOf('team.status')).toHaveLength(1);
    single.unmount();

    const team = renderWith(() => teamStatus());
    // Once the answer is on screen, the provider knows it is a team workspace and polls.
    await screen.findByRole('link', { name: /^Team: Online/ });
    expect(team.inputsOf('team.status')).toHaveLength(1);
    vi.advanceTimersByTime(TEAM_POLL_MS);
    await reaches(() => team.inputsOf('team.status').length, 2);
    vi.advanceTimersByTime(TEAM_POLL_MS);
    await reaches(() => team.inputsOf('team.status').length, 3);
  });

  it('reloads the screens when changes from others arrived, and not after a sync that brought none', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let status = teamStatus({ lastSyncedAt: '2026-11-24T08:59:00.000Z', lastReceivedSeq: 40 });
    const { inputsOf } = renderWith(() => status);
    await screen.findByRole('link', { name: /^Team: Online/ });
    await reaches(() => inputsOf('settings.get').length, 1);

    // A sync ran (newer lastSyncedAt) but nothing arrived: no reload.
    status = teamStatus({ lastSyncedAt: '2026-11-24T09:00:00.000Z', lastReceivedSeq: 40 });
    vi.advanceTimersByTime(TEAM_POLL_MS);
    await reaches(() => inputsOf('team.status').length, 2);
    expect(inputsOf('settings.get')).toHaveLength(1);

    status = teamStatus({ lastSyncedAt: '2026-11-24T09:00:05.000Z', lastReceivedSeq: 44 });
    vi.advanceTimersByTime(TEAM_POLL_MS);
    await reaches(() => inputsOf('settings.get').length, 2);
  });
});
