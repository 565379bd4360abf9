import fs from 'node:fs';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../electron/db/open-workspace';
import { generateWorkspace, type GenerateSummary } from '../electron/demo/generate-workspace';

export interface PreparedWorkspace {
  file: string;
  /** Null when an existing file was reused. */
  generated: { ms: number; summary: GenerateSummary } | null;
}

/** Use the file when it exists; otherwise generate it the way `serviceledger generate` does, timing it. */
export async function prepareWorkspace(
  file: string,
  options: { services: number; risks: number; slaCoverage?: 'every-service' | 'live-customer-facing' },
): Promise<PreparedWorkspace> {
  if (fs.existsSync(file)) return { file, generated: null };
  const started = performance.now();
  const opened = await openWorkspaceDatabase(file, { create: true, organisationName: 'Synthetic Benchmark Ltd' });
  let summary: GenerateSummary;
  try {
    summary = opened.db.transaction(() => generateWorkspace(opened.db, { ...options, now: new Date() }))();
  } finally {
    closeWorkspaceDatabase(opened.db);
  }
  return { file, generated: { ms: performance.now() - started, summary } };
}
