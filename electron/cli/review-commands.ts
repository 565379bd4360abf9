import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { Person } from '../../shared/api/people-api';
import { dispatch } from '../api/dispatch';
import { AppController } from '../app/app-controller';
import { browserHost } from '../app/host';
import { parse, requireOption, UsageError, type CliIo } from './cli-args';

async function value<T>(app: AppController, method: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(app, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
  return result.value as T;
}

/** The person named exactly (any case), or an error listing who matches in part. */
async function personNamed(app: AppController, name: string): Promise<Person> {
  const people = await value<Person[]>(app, 'people.list', { includeInactive: true });
  const exact = people.find((person) => person.name.toLowerCase() === name.trim().toLowerCase());
  if (exact) return exact;
  const near = people.filter((person) => person.name.toLowerCase().includes(name.trim().toLowerCase())).map((person) => person.name);
  throw new AppError('not_found', `There is no person named "${name}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : '.'}`, 'person');
}

/** `reviews --ics --person NAME`: a person's open reviews as a calendar file (after applying expiries). */
export const reviewCommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async reviews(args, io) {
    const { values, positionals } = parse(args, { ics: { type: 'boolean' }, person: { type: 'string' }, db: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.ics) throw new UsageError('reviews needs --ics (the only output so far)');
    const name = requireOption(values, 'person');
    const app = new AppController({ host: browserHost, rememberRecent: false });
    if (typeof values.db === 'string') await app.open(values.db);
    else await app.reopenLast();
    try {
      // Expired acceptances re-open their reviews before the calendar is written, as on opening the app.
      await value(app, 'reviews.evaluate', {});
      const person = await personNamed(app, name);
      const ics = await value<{ fileName: string; text: string; events: number }>(app, 'reviews.ics', { personId: person.id });
      if (typeof values.out === 'string') {
        const target = path.resolve(values.out);
        fs.writeFileSync(target, ics.text);
        io.out(`Wrote ${ics.events} review${ics.events === 1 ? '' : 's'} of ${person.name} to ${target}`);
      } else {
        io.out(ics.text.trimEnd());
      }
      return 0;
    } finally {
      app.shutdown();
    }
  },
};
