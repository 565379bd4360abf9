import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { handlers } from '../handlers';
import type { HandlerTable } from '../handlers/handler-types';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call } from '../test/call';
import { dispatch } from './dispatch';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const peopleCount = (app: Awaited<ReturnType<typeof makeAppWithWorkspace>>['app']) => app.db.prepare('SELECT count(*) FROM people').pluck().get();

describe('the import effect', () => {
  it('labels every importer an import, with the parse and commit parts the dispatcher runs', () => {
    const imports = methodNames.filter((method) => contract[method].effect === 'import');
    expect(imports.sort()).toEqual(['measurements.import', 'outages.import', 'risks.import', 'services.import']);
    for (const method of imports) {
      const importer = handlers[method] as unknown as Record<string, unknown>;
      expect(typeof importer.parse, method).toBe('function');
      expect(typeof importer.commit, method).toBe('function');
      expect(contract[method].domains.length, `${method} names what it changes`).toBeGreaterThan(0);
    }
  });

  it('answers no_workspace before reading the file when none is open', async () => {
    const { app } = await makeAppWithWorkspace();
    app.close();
    const result = await dispatch(app, 'services.import', { fileName: 'a.csv', contentBase64: b64('Name\nPayroll') });
    expect(result).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
  });

  it('runs the commit in one transaction: a commit that fails half-way leaves nothing behind', async () => {
    const { app } = await makeAppWithWorkspace();
    const real = handlers['services.import'];
    const failing: HandlerTable = {
      ...handlers,
      'services.import': {
        ...real,
        *commit(_plan, context) {
          context.db.prepare("INSERT INTO people (name, created_at, updated_at) VALUES ('Half Written', 'x', 'x')").run();
          yield 1;
          throw new Error('disk on fire');
        },
      },
    };
    const result = await dispatch(
      app,
      'services.import',
      { fileName: 'a.csv', contentBase64: b64('Name\nPayroll') },
      { handlers: failing, logError: () => {} },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('nothing was saved') } });
    expect(peopleCount(app)).toBe(0);
  });

  it('parses without writing: the preview and a refused import change nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    const csv = 'Name,Owner\nPayroll,New Person\nEmail,';
    const preview = await call(app, 'services.importPreview', { fileName: 'a.csv', contentBase64: b64(csv) });
    expect(preview.newOwners).toEqual(['New Person']);
    expect(peopleCount(app)).toBe(0);
    const done = await call(app, 'services.import', { fileName: 'a.csv', contentBase64: b64(csv) });
    expect(done.created).toBe(2);
    expect(peopleCount(app)).toBe(1);
  });
});
