import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../api/dispatch';
import { AppController } from '../../app/app-controller';
import { browserHost } from '../../app/host';

// Run by crash-safety.test.ts in its own process, to be killed with SIGKILL at a moment the parent
// picks: `writes` creates people one by one and prints `ack <id> <name>` after each call returns
// (committed); `import` imports a big register and prints each progress step, then `imported <n>`.
// Lines go out with a synchronous write, so a line the parent reads was said after the fact.

const [mode, file, stateDir, rowsArg] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main() {
  const app = new AppController({
    host: browserHost,
    dataDir: path.join(stateDir!, 'data'),
    workspaceDir: path.join(stateDir!, 'workspaces'),
    now: () => new Date('2026-11-24T09:00:00Z'),
  });
  await app.open(file!);
  const call = async (method: string, input: unknown) => {
    const answer = await dispatch(app, method, input, { timeZone: 'UTC' });
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as Record<string, unknown>;
  };
  say('ready');
  if (mode === 'writes') {
    for (let i = 1; ; i += 1) {
      const name = `Crash person ${i}`;
      const person = await call('people.create', { name });
      say(`ack ${String(person.id)} ${name}`);
    }
  }
  const rows = Number(rowsArg ?? 5000);
  const csv = [
    'Code,Title,Likelihood,Impact',
    ...Array.from({ length: rows }, (_, i) => `CR-${i + 1},Crash risk ${i + 1},${(i % 5) + 1},${((i * 3) % 5) + 1}`),
  ].join('\n');
  const progressId = 'crash-import-1';
  let last = '';
  let finished = false;
  // Ask for progress on every turn of the event loop, as the renderer does while an import runs.
  const watch = async () => {
    while (!finished) {
      const progress = (await call('imports.progress', { progressId })) as { phase?: string; done?: number } | null;
      const line = progress ? `progress ${progress.phase} ${progress.done}` : '';
      if (line && line !== last) say((last = line));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const watching = watch();
  const result = await call('risks.import', { fileName: 'crash.csv', contentBase64: Buffer.from(csv).toString('base64'), progressId });
  finished = true;
  await watching;
  say(`imported ${String(result.created)}`);
  // Wait to be killed, like a user who has not closed the app.
  setInterval(() => {}, 1000);
}

main().catch((error: unknown) => {
  say(`error ${String(error)}`);
  process.exit(1);
});
