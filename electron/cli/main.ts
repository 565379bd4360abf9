import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';

/** Entry of the `serviceledger` bin (bundled to dist/cli/serviceledger.cjs). */
const rendererDir = path.join(__dirname, '..', 'renderer');

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
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('serviceledger: unexpected failure:', error);
    process.exit(1);
  },
);
