import { AppError } from '../../shared/api/errors';
import { appVersion } from '../app/version';
import { isCorruptionError } from '../db/integrity';
import { UsageError, type CliIo } from './cli-args';
import { importExportCommands } from './import-export-commands';
import { packCommands } from './pack-commands';
import { reviewCommands } from './review-commands';
import { USAGE } from './usage';
import { workspaceCommands } from './workspace-commands';

export type { CliIo } from './cli-args';

const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  ...workspaceCommands,
  ...importExportCommands,
  ...reviewCommands,
  ...packCommands,
};

/** Run the CLI; returns the exit code. Bad command lines print the usage and return 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'version' || command === '--version') {
    io.out(appVersion);
    return 0;
  }
  const run = commands[command];
  if (!run) {
    io.err(`serviceledger: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`serviceledger ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`serviceledger ${command}: ${error.message}`);
      return 1;
    }
    // A damaged page met by any command: one sentence, never a stack trace.
    if (isCorruptionError(error)) {
      io.err(
        `serviceledger ${command}: the workspace file is damaged (SQLite reports: ${(error as Error).message}). Run "serviceledger check" on it and restore a backup.`,
      );
      return 1;
    }
    throw error;
  }
}
