import type Database from 'better-sqlite3';
import { seededRandom } from './seeded-random';

const DAY_MS = 86_400_000;

/** What the generator's steps share: one random stream (so the whole workspace follows from the seed) and date helpers. */
export interface GenerateContext {
  db: Database.Database;
  random: () => number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** YYYY-MM-DD `offset` days from now (cached: the generator asks for the same few hundred days a million times). */
  day(offset: number): string;
  /** A full ISO timestamp `offset` days from now. */
  stamp(offset: number): string;
  /** YYYY-MM, `monthsAgo` months before now's month. */
  period(monthsAgo: number): string;
  /** Names of the generated people; person id N is `peopleNames[N - 1]`. */
  peopleNames: string[];
  /** A random person's id. */
  person(): number;
  auditTrail: boolean;
  recordCreate(entity: string, entityId: number, at: string, actorId: number, after: string): void;
}

export function createGenerateContext(db: Database.Database, now: Date, seed: number, auditTrail: boolean): GenerateContext {
  const random = seededRandom(seed);
  const days = new Map<number, string>();
  const stamps = new Map<number, string>();
  const nowMs = now.getTime();
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, 'create', NULL, ?)`,
  );
  return {
    db,
    random,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => items[Math.floor(random() * items.length)]!,
    chance: (p) => random() < p,
    day(offset) {
      let value = days.get(offset);
      if (value === undefined) {
        value = new Date(nowMs + offset * DAY_MS).toISOString().slice(0, 10);
        days.set(offset, value);
      }
      return value;
    },
    stamp(offset) {
      let value = stamps.get(offset);
      if (value === undefined) {
        value = new Date(nowMs + offset * DAY_MS).toISOString();
        stamps.set(offset, value);
      }
      return value;
    },
    period(monthsAgo) {
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 7);
    },
    peopleNames: [],
    person() {
      return 1 + Math.floor(random() * this.peopleNames.length);
    },
    auditTrail,
    recordCreate(entity, entityId, at, actorId, after) {
      if (auditTrail) insertAudit.run(at, actorId, this.peopleNames[actorId - 1] ?? 'Generator', entity, String(entityId), after);
    },
  };
}
