import type { FigureFactory } from './figure';

const TEXT = 'net';

/** The command palette's search for "net": matches services, risks, SLAs, suppliers and people by code or name. */
export const searchRecords: FigureFactory = ({ raw, call }) => {
  const statement = raw.prepare(
    `SELECT * FROM (
       SELECT 'service' AS kind, id, code, name AS title, lifecycle AS subtitle, (code LIKE :prefix ESCAPE '\\') AS exact FROM services
        WHERE code LIKE :pattern ESCAPE '\\' OR name LIKE :pattern ESCAPE '\\'
       UNION ALL
       SELECT 'sla', id, code, name, customer, (code LIKE :prefix ESCAPE '\\') FROM slas
        WHERE code LIKE :pattern ESCAPE '\\' OR name LIKE :pattern ESCAPE '\\' OR customer LIKE :pattern ESCAPE '\\'
       UNION ALL
       SELECT 'risk', id, code, title, status, (code LIKE :prefix ESCAPE '\\') FROM risks
        WHERE code LIKE :pattern ESCAPE '\\' OR title LIKE :pattern ESCAPE '\\'
       UNION ALL
       SELECT 'supplier', id, NULL, name, contact, 0 FROM suppliers WHERE name LIKE :pattern ESCAPE '\\'
       UNION ALL
       SELECT 'person', id, NULL, name, role, 0 FROM people WHERE name LIKE :pattern ESCAPE '\\' OR email LIKE :pattern ESCAPE '\\'
     ) ORDER BY exact DESC, title COLLATE NOCASE LIMIT :limit`,
  );
  return {
    name: `search.records ("${TEXT}")`,
    api: () => call('search.records', { text: TEXT }),
    raw: () => statement.all({ pattern: `%${TEXT}%`, prefix: `${TEXT}%`, limit: 20 }),
  };
};
