import type { FigureFactory } from './figure';

export const peopleList: FigureFactory = ({ raw, call }) => {
  const statement = raw.prepare('SELECT * FROM people WHERE active = 1 ORDER BY name COLLATE NOCASE');
  return {
    name: 'people.list',
    api: () => call('people.list', {}),
    raw: () => statement.all(),
  };
};
