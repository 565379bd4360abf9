import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../app/App';
import type { MenuCommandSource } from '../features/menu-commands/MenuCommands';
import { createFakeApi, type FakeHandlers } from './fake-api';

interface RenderAppOptions {
  /** The route to start on, e.g. '/settings/people'. */
  path?: string;
  menuSource?: MenuCommandSource;
}

/**
 * The whole app over a fake API, at a route held in memory. Screens are tested in their real
 * surroundings (providers, shell, notifications) without module mocks.
 */
export function renderApp(handlers: FakeHandlers, { path = '/', menuSource }: RenderAppOptions = {}) {
  const fake = createFakeApi(handlers);
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(<App api={fake.api} env="test" location={location} menuSource={menuSource} />);
  return { ...view, ...fake, user, history: location.history };
}
