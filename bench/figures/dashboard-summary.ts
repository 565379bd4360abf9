import { dashboardSummary as summarise } from '../../electron/repositories/overview-repository';
import type { FigureFactory } from './figure';

/**
 * The dashboard: a dozen counts and lists from every domain. Its baseline is the repository
 * function on a plain connection (the same SQL without validation, dispatch and the envelope):
 * hand-copying every query here would drift each time a domain adds a figure.
 */
export const dashboardSummary: FigureFactory = ({ raw, call }) => ({
  name: 'dashboard.summary',
  api: () => call('dashboard.summary', {}),
  raw: () => summarise(raw, new Date().toISOString().slice(0, 10)),
});
