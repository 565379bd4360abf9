import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const stateSchema = z.object({
  lastWorkspace: z.string().nullable().catch(null),
  recent: z.array(z.object({ path: z.string(), lastOpenedAt: z.string() })).catch([]),
  /** "I am" is a fact about this machine's user, not about the shared file: keyed by workspace path. */
  actorByWorkspace: z.record(z.string(), z.number().int()).catch({}),
});

export type AppState = z.infer<typeof stateSchema>;

const MAX_RECENT = 10;

/** Small JSON file of per-machine state: recent workspaces and who "I am" in each. */
export class AppStateStore {
  private state: AppState;

  constructor(private readonly filePath: string) {
    this.state = this.load();
  }

  private load(): AppState {
    try {
      return stateSchema.parse(JSON.parse(fs.readFileSync(this.filePath, 'utf8')));
    } catch {
      // Missing or unreadable state only loses the recent list; never block start-up on it.
      return { lastWorkspace: null, recent: [], actorByWorkspace: {} };
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.state, null, 2));
    fs.renameSync(temporary, this.filePath);
  }

  get(): Readonly<AppState> {
    return this.state;
  }

  /** Remember a workspace as the one to reopen next time and put it first in the recent list. */
  rememberOpened(workspacePath: string, at: string): void {
    const recent = [{ path: workspacePath, lastOpenedAt: at }, ...this.state.recent.filter((item) => item.path !== workspacePath)];
    this.state = { ...this.state, lastWorkspace: workspacePath, recent: recent.slice(0, MAX_RECENT) };
    this.save();
  }

  /** Forget that a workspace is open, so the next start shows the welcome screen. */
  rememberClosed(): void {
    this.state = { ...this.state, lastWorkspace: null };
    this.save();
  }

  forget(workspacePath: string): void {
    this.state = {
      ...this.state,
      lastWorkspace: this.state.lastWorkspace === workspacePath ? null : this.state.lastWorkspace,
      recent: this.state.recent.filter((item) => item.path !== workspacePath),
    };
    this.save();
  }

  actorFor(workspacePath: string): number | null {
    return this.state.actorByWorkspace[workspacePath] ?? null;
  }

  setActor(workspacePath: string, personId: number | null): void {
    const actorByWorkspace = { ...this.state.actorByWorkspace };
    if (personId === null) delete actorByWorkspace[workspacePath];
    else actorByWorkspace[workspacePath] = personId;
    this.state = { ...this.state, actorByWorkspace };
    this.save();
  }
}
