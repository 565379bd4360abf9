import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/api/catalogue-io-api';
import { AppError, type ApiResponse } from '../../shared/api/errors';
import { dispatcherWorkerEntry } from '../test/dispatcher-worker-entry';
import { makeTempDir, makeTestApp } from '../test/temp-workspace';
import type { DispatcherConfig } from './dispatcher-protocol';
import { startDispatcherThread, type DispatcherThread } from './dispatcher-thread';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const running: DispatcherThread[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((thread) => thread.stop()));
});

async function start(file: string, dir = makeTempDir()): Promise<DispatcherThread> {
  const config: DispatcherConfig = {
    hostKind: 'browser',
    nativeFileDialogs: false,
    dataDir: path.join(dir, 'data'),
    workspaceDir: dir,
    rememberRecent: false,
    startup: { kind: 'openOrCreate', path: file, exists: fs.existsSync(file) },
  };
  const thread = await startDispatcherThread(config, dispatcherWorkerEntry());
  running.push(thread);
  return thread;
}

function register(rows: number): string {
  const lines = ['Risk ID,Risk,Likelihood,Impact'];
  for (let i = 1; i <= rows; i += 1) lines.push(`R-${i},Risk number ${i},${(i % 5) + 1},${(i % 4) + 1}`);
  return lines.join('\n');
}

const value = <T>(response: ApiResponse<unknown>) => {
  if (!response.ok) throw new Error(response.error.message);
  return response.value as T;
};

describe('the dispatcher in a worker thread', () => {
  it('creates the workspace and answers calls by request id, with typed errors', async () => {
    const dir = makeTempDir();
    const { client } = await start(path.join(dir, 'w.sqlite'), dir);
    const [created, bad, unknown] = await Promise.all([
      client.call('people.create', { name: 'Ann Lee' }),
      client.call('people.create', { name: '  ' }),
      client.call('people.erase', {}),
    ]);
    expect(created).toMatchObject({ ok: true, value: { name: 'Ann Lee' } });
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Name: is required', field: 'name' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(value<Array<{ name: string }>>(await client.call('people.list', {})).map((person) => person.name)).toEqual(['Ann Lee']);
  });

  it('refuses a file that is not a workspace with the same typed error as opening it in-process', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    const inProcess = await makeTestApp({ dir })
      .app.openOrNote(file)
      .catch((error: unknown) => error);
    expect(inProcess).toBeInstanceOf(AppError);
    const inWorker = await start(file, dir).catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(AppError);
    expect((inWorker as AppError).toBody()).toEqual((inProcess as AppError).toBody());
  });

  it('answers progress on the calling thread and reads beside a running import, which stays one transaction', async () => {
    const dir = makeTempDir();
    const { client } = await start(path.join(dir, 'w.sqlite'), dir);
    const progressId = 'thread-import-1';
    let settled = false;
    const run = client.call('risks.import', { fileName: 'big.csv', contentBase64: b64(register(20_000)), progressId }).finally(() => (settled = true));
    const seen: ImportProgress[] = [];
    let partWritten: ImportProgress | null = null;
    let readDuring: { total: number; importSettled: boolean } | null = null;
    while (!settled) {
      const progress = value<ImportProgress | null>(await client.call('imports.progress', { progressId }));
      if (progress) seen.push(progress);
      if (!partWritten && progress?.phase === 'writing' && progress.done > 0 && progress.done < 20_000) {
        partWritten = progress;
        // A read asked while the rows are being written.
        const list = value<{ total: number }>(await client.call('risks.list', { limit: 1 }));
        readDuring = { total: list.total, importSettled: settled };
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(value<{ created: number }>(await run).created).toBe(20_000);
    // Rows part-written were reported before the import call answered.
    expect(partWritten).not.toBeNull();
    // The read was answered before the import ended, from the last committed data: none of its rows.
    expect(readDuring).toEqual({ total: 0, importSettled: false });
    expect(seen[0]?.phase).toBe('reading');
    expect(value(await client.call('imports.progress', { progressId }))).toEqual({ phase: 'done', done: 20_000, total: 20_000 });
    expect(value<{ total: number }>(await client.call('risks.list', { limit: 1 })).total).toBe(20_000);
    expect(await client.call('imports.progress', { progressId: '../x' })).toMatchObject({ ok: false, error: { field: 'progressId' } });
  });
});
