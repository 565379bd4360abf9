import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';

/** Entry of the `serviceledger` bin (bundled to dist/cli/serviceledger.cjs). */
const rendererDir = path.join(__dirname, '..', 'renderer');

/** Exit once stdout and stderr are flushed: process.exit() drops whatever a pipe has not taken yet (64 KiB). */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  rendererDir: fs.existsSync(path.join(rendererDir, 'index.html')) ? rendererDir : null,
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
}).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    console.error('serviceledger: unexpected failure:', error);
    exitWhenFlushed(1);
  },
);
