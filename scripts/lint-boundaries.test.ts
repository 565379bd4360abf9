import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, relativePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}`);
}

describe('import boundaries (eslint.config.js)', () => {
  it('keep shared/ free of electron, node built-ins, SQLite and the DOM', async () => {
    expect(await ruleIdsFor('shared/probe.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/probe.ts', "import D from 'better-sqlite3';\nexport const a = D;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/probe.ts', 'export const a = window.location;\n')).toContain('no-restricted-globals');
    expect(await ruleIdsFor('shared/probe.ts', "import { z } from 'zod';\nexport const a = z.string();\n")).toEqual([]);
  });

  it('keep renderer/ free of electron, node built-ins and main-process code', async () => {
    expect(await ruleIdsFor('renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIdsFor('renderer/src/probe.ts', "import path from 'path';\nexport const a = path;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('renderer/src/probe.ts', "import { dispatch } from '../../electron/api/dispatch';\nexport const a = dispatch;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIdsFor('renderer/src/probe.ts', "import { contract } from '../../shared/api/contract';\nexport const a = contract;\n")).toEqual([]);
  });

  it('let only electron/shell/ import electron', async () => {
    expect(await ruleIdsFor('electron/handlers/probe.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('electron/shell/probe.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n")).toEqual([]);
  });

  it('keep the system clock out of repositories, import/export, shared/ and the renderer', async () => {
    for (const file of ['electron/repositories/probe.ts', 'electron/io/probe.ts', 'shared/domain/probe.ts', 'renderer/src/features/probe.tsx']) {
      expect(await ruleIdsFor(file, 'export const a = new Date().toISOString();\n'), file).toContain('no-restricted-syntax');
      expect(await ruleIdsFor(file, 'export const a = Date.now();\n'), file).toContain('no-restricted-syntax');
      expect(await ruleIdsFor(file, "export const a = new Date('2026-01-01').getTime();\n"), file).toEqual([]);
    }
    expect(await ruleIdsFor('electron/app/probe.ts', 'export const a = Date.now();\n')).toEqual([]);
  });

  it('let a feature use another only through its public entry, and keep ui/, lib/ and api/ free of features', async () => {
    const internal = "import { RecordHistory } from '../../audit/RecordHistory';\nexport const a = RecordHistory;\n";
    expect(await ruleIdsFor('renderer/src/features/services/page/probe.tsx', internal)).toContain('local/feature-boundaries');
    const viaEntry = "import { RecordHistory } from '../../audit';\nexport const a = RecordHistory;\n";
    expect(await ruleIdsFor('renderer/src/features/services/page/probe.tsx', viaEntry)).toEqual([]);
    const ownInternals = "import { RecordHistory } from '../RecordHistory';\nexport const a = RecordHistory;\n";
    expect(await ruleIdsFor('renderer/src/features/audit/sub/probe.tsx', ownInternals)).toEqual([]);
    const reExport = "export { RecordHistory } from '../../audit/RecordHistory';\n";
    expect(await ruleIdsFor('renderer/src/features/services/page/probe.ts', reExport)).toContain('local/feature-boundaries');
    const fromUi = "import { RecordHistory } from '../features/audit';\nexport const a = RecordHistory;\n";
    expect(await ruleIdsFor('renderer/src/ui/probe.tsx', fromUi)).toContain('local/feature-boundaries');
    expect(await ruleIdsFor('renderer/src/lib/probe.ts', fromUi)).toContain('local/feature-boundaries');
    // Tests set up whatever a screen needs.
    expect(await ruleIdsFor('renderer/src/features/services/page/probe.test.tsx', internal)).toEqual([]);
  });
});
