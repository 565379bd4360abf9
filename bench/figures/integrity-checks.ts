import type { FigureFactory } from './figure';

/**
 * What opening a workspace pays for its checks (docs/durability.md): `quick_check` runs on every
 * open (the "API" column here), the full `integrity_check` weekly, after an unclean close or a
 * corrupt read (the "raw" column). Both on the benchmark workspace, warm cache.
 */
export const integrityChecks: FigureFactory = ({ raw }) => ({
  name: 'open checks: quick_check (API) vs integrity_check (raw)',
  runs: 3,
  warmup: 1,
  api: async () => raw.pragma('quick_check'),
  raw: () => raw.pragma('integrity_check'),
});
