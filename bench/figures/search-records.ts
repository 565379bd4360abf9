import { SEARCH_SQL } from '../../electron/repositories/overview-repository';
import type { FigureFactory } from './figure';

const TEXT = 'net';

/** The command palette's search for "net": the repository's own SQL, run raw, against the API call. */
export const searchRecords: FigureFactory = ({ raw, call }) => {
  const statement = raw.prepare(SEARCH_SQL);
  return {
    name: `search.records ("${TEXT}")`,
    api: () => call('search.records', { text: TEXT }),
    raw: () => statement.all({ pattern: `%${TEXT}%`, prefix: `${TEXT}%`, limit: 20 }),
  };
};
