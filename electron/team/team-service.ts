import type { AppController } from '../app/app-controller';
import type { ConflictResolution, SyncLogEntry, TeamConflictView, TeamConnectionInput, TeamStatus } from '../../shared/team/team-types';

/**
 * The team workspace as the API sees it: one per AppController (the open workspace). The engine
 * behind it (capture, push, pull and apply, conflicts) lives beside this file.
 *
 * SKELETON: the signatures are settled; the bodies are being written.
 */
export class TeamService {
  constructor(private readonly app: AppController) {}

  /** Where the open workspace stands; `mode: 'single'` when it has no team. */
  status(): TeamStatus {
    void this.app;
    throw new Error('not yet');
  }

  /** Make the open workspace a team workspace in an empty PostgreSQL database; the caller becomes its first member. */
  async publish(input: TeamConnectionInput): Promise<TeamStatus> {
    void input;
    throw new Error('not yet');
  }

  /** Make a new local replica file of a team workspace at `filePath`, open it and bring it up to date. */
  async join(input: TeamConnectionInput & { filePath: string }): Promise<TeamStatus> {
    void input;
    throw new Error('not yet');
  }

  /** Send what waits and fetch what others sent, now. Never throws for an unreachable server: the status says so. */
  async syncNow(): Promise<TeamStatus> {
    throw new Error('not yet');
  }

  /** The sync log, newest first. */
  log(input: { limit: number; beforeSeq?: number }): SyncLogEntry[] {
    void input;
    throw new Error('not yet');
  }

  /** Open conflicts, oldest first. */
  conflicts(): TeamConflictView[] {
    throw new Error('not yet');
  }

  /** Resolve a conflict; the resolution is itself a change, sent like any other. */
  async resolveConflict(id: number, resolution: ConflictResolution): Promise<TeamStatus> {
    void id;
    void resolution;
    throw new Error('not yet');
  }
}
