import { progressReporter } from '../io/import-progress';
import { writeInSlices } from '../io/write-in-slices';
import type { HandlerContext, ImportHandler } from '../handlers/handler-types';
import type { ImportMethodName } from '../../shared/api/contract';

/**
 * How the dispatcher runs an `import` method: parse the file (asynchronous, writes nothing), then
 * run the importer's synchronous commit in ONE transaction (all or nothing) while
 * `imports.progress` tells the caller how far it has got.
 */
export async function runImport(
  importer: ImportHandler<ImportMethodName>,
  input: { progressId?: string | undefined },
  context: HandlerContext,
): Promise<unknown> {
  const report = progressReporter(input.progressId);
  report({ phase: 'reading', done: 0, total: null });
  try {
    const plan = await importer.parse(input as never, context, report);
    const result = await writeInSlices(context.app, context.db, () => importer.commit(plan, context), importer.rows(plan), report);
    importer.afterCommit?.(result as never, context);
    return result;
  } catch (error) {
    report({ phase: 'failed', done: 0, total: null });
    throw error;
  }
}
