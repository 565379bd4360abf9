import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import { makeTestApp } from '../test/temp-workspace';

describe('AppController.openDemo', () => {
  it('builds the demo once, reopens it as it is, and rebuilds it on reset', async () => {
    const { app } = makeTestApp();
    try {
      const first = await app.openDemo(false);
      const demoPath = first.workspace!.path;
      expect(first.workspace!.organisationName).toBe('Northwind Health Trust');
      const peopleCount = () => app.db.prepare('SELECT count(*) FROM people').pluck().get() as number;
      const original = peopleCount();

      const created = await dispatch(app, 'people.create', { name: 'Visiting Auditor', email: null, role: 'Auditor' });
      expect(created.ok).toBe(true);
      expect(peopleCount()).toBe(original + 1);

      app.close();
      const again = await app.openDemo(false);
      expect(again.workspace!.path).toBe(demoPath);
      expect(peopleCount()).toBe(original + 1);
      // Opening it while it is already open does not rebuild it either.
      await app.openDemo(false);
      expect(peopleCount()).toBe(original + 1);

      const reset = await app.openDemo(true);
      expect(reset.workspace!.path).toBe(demoPath);
      expect(peopleCount()).toBe(original);
      expect(app.db.prepare("SELECT count(*) FROM people WHERE name = 'Visiting Auditor'").pluck().get()).toBe(0);
      expect(app.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
      expect(fs.existsSync(demoPath)).toBe(true);
    } finally {
      app.shutdown();
    }
  });
});
