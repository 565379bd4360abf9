import { createApiClient, type ApiClient } from '../../../shared/api/client';
import { desktopTransport, httpTransport, takeTokenFromLocation } from './transport';

function createDefaultClient(): ApiClient {
  if (window.serviceLedger) return createApiClient(desktopTransport(window.serviceLedger));
  return createApiClient(httpTransport(takeTokenFromLocation(window.location, window.sessionStorage, window.history)));
}

/** The one API client of the renderer. Screens call `api.call('people.list', {...})`. */
export const api: ApiClient = createDefaultClient();
