import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { PackFile, PackVerification } from '../../shared/api/review-pack-api';
import { dispatch } from '../api/dispatch';
import { AppController } from '../app/app-controller';
import { browserHost } from '../app/host';
import { verifyPack } from '../io/review-pack/pack-seal';
import { parse, requireOption, UsageError, wholeNumber, withWorkspace, type CliIo } from './cli-args';

/** The workspace named by --db, else the one the app used last. */
async function withChosenWorkspace(db: string | undefined, work: (app: AppController) => Promise<number>): Promise<number> {
  if (db) return withWorkspace(db, work);
  const app = new AppController({ host: browserHost, rememberRecent: false });
  try {
    await app.reopenLast();
    if (!app.info().workspace) throw new UsageError('--db is required (no workspace was used last on this computer)');
    return await work(app);
  } finally {
    app.shutdown();
  }
}

/** `pack`: write a management review pack; `pack verify FILE`: say whether a file is an unmodified pack. */
export const packCommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async pack(args, io) {
    const { values, positionals } = parse(args, {
      db: { type: 'string' },
      review: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string' },
    });
    if (positionals[0] === 'verify') {
      const file = positionals[1];
      if (!file) throw new UsageError('pack verify needs a FILE');
      if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file at ${path.resolve(file)}.`);
      const verdict: PackVerification = verifyPack(fs.readFileSync(file));
      (verdict.valid ? io.out : io.err)(`${path.basename(file)}: ${verdict.message}`);
      return verdict.valid ? 0 : 1;
    }
    if (positionals.length) throw new UsageError(`pack takes options, or "verify FILE" (got "${positionals.join(' ')}")`);
    const review = wholeNumber(values, 'review');
    const format = values.format ?? 'pdf';
    if (format !== 'pdf' && format !== 'docx' && format !== 'xlsx') throw new UsageError(`--format must be pdf, docx or xlsx, got "${String(format)}"`);
    const paper = (typeof values.paper === 'string' ? values.paper : 'A4').toUpperCase();
    if (paper !== 'A4' && paper !== 'LETTER') throw new UsageError(`--paper must be A4 or Letter, got "${String(values.paper)}"`);
    const out = requireOption(values, 'out');
    return withChosenWorkspace(typeof values.db === 'string' ? values.db : undefined, async (app) => {
      const result = await dispatch(app, 'managementReviews.pack', { id: review, format, paper });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
      const file = result.value as PackFile;
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
      io.out(`Wrote the ${format.toUpperCase()} pack of management review ${review} to ${path.resolve(out)} (SHA-256 ${file.sha256}).`);
      return 0;
    });
  },
};
