import { stampFrom, type DemoContext } from './demo-context';

interface DemoPerson {
  key: string;
  name: string;
  role: string;
  active?: boolean;
}

/** Northwind Health Trust's IT department: the people who own, review and approve. */
export const demoPeople: readonly DemoPerson[] = [
  { key: 'alex', name: 'Alex Morgan', role: 'Head of IT' },
  { key: 'priya', name: 'Priya Shah', role: 'Clinical Systems Manager (service owner)' },
  { key: 'tom', name: 'Tom Whitfield', role: 'Infrastructure Manager (service owner)' },
  { key: 'grace', name: 'Grace Okafor', role: 'Service Desk Lead' },
  { key: 'daniel', name: 'Daniel Kowalski', role: 'Information Security Officer' },
  { key: 'fiona', name: 'Fiona MacLeod', role: 'Supplier & Contracts Manager' },
  { key: 'samira', name: 'Samira Haddad', role: 'Risk & Compliance Manager (risk owner)' },
  { key: 'owen', name: 'Owen Price', role: 'Network & Telephony Lead (service owner)' },
  { key: 'hannah', name: 'Hannah Lewis', role: 'End-User Computing Lead (service owner)' },
  { key: 'marcus', name: 'Marcus Bell', role: 'Corporate Applications Manager (service owner)' },
  { key: 'chloe', name: 'Chloe Evans', role: 'Integration & Data Lead (service owner, risk owner)' },
  { key: 'ravi', name: 'Ravi Patel', role: 'Digital Communications Lead (service owner)' },
  // Someone who has left: still named on old records, no longer offered for new ones.
  { key: 'jenny', name: 'Jenny Clarke', role: 'Deputy Head of IT (left the Trust)', active: false },
];

function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@northwind.example`;
}

export function insertDemoPeople(ctx: DemoContext): void {
  const insert = ctx.db.prepare('INSERT INTO people (name, email, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const created = stampFrom(ctx.now, -400);
  for (const person of demoPeople) {
    const active = person.active ?? true;
    const updated = active ? created : stampFrom(ctx.now, -120);
    const { lastInsertRowid } = insert.run(person.name, emailOf(person.name), person.role, active ? 1 : 0, created, updated);
    ctx.people.set(person.key, Number(lastInsertRowid));
  }
}
