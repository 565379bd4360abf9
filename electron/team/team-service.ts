import path from 'node:path';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { AppError } from '../../shared/api/errors';
import type {
  ConflictResolution,
  NewTeamMemberInput,
  SyncLogEntry,
  TeamAccess,
  TeamConflictView,
  TeamConnection,
  TeamConnectionInput,
  TeamMembersView,
  TeamMemberView,
  TeamStatus,
} from '../../shared/team/team-types';
import { singleUserStatus } from '../../shared/team/team-types';
import type { AppController } from '../app/app-controller';
import { getOrganisationName } from '../repositories/meta-repository';
import { installCaptureTriggers } from './capture-triggers';
import { waitingCount } from './outbox';
import { syncOnce, wireValuesFor } from './replica-sync';
import { resolveConflictLocally } from './resolve-conflict';
import { splitPassword, teamClient, TeamPasswords } from './team-connection';
import { checkTeamDatabase } from './team-database';
import { conflictViews, syncLog } from './team-log';
import { describeConnectionError } from './connection-errors';
import { memberAdminError, memberViews, ONLY_THE_PUBLISHER, ownsTeamDatabase, personName, personRowKey } from './team-member-admin';
import { addMember, linkMemberPerson, listMembers, removeMember, setMemberAccess, setMemberPassword, whoAmI, type TeamMember } from './team-members';
import { joinAsReplica, publishWorkspace } from './team-setup';
import { joinFromSnapshot } from './snapshot-join';
import type { ImportProgress } from '../../shared/api/catalogue-io-api';
import { progressReporter } from '../io/import-progress';

/** What the team's members list says about this member: access, and which person they are. */
function rememberMember(db: Database.Database, member: TeamMember): void {
  db.prepare('UPDATE sync_state SET member_access = ?, member_person_key = ? WHERE id = 1').run(member.access, member.personRowKey);
}

/** How often a connected replica sends what waits; changes from others also wake it (LISTEN/NOTIFY). */
const SEND_INTERVAL_MS = 3_000;
/** After a failure, wait this long (doubling up to the maximum) before trying the server again. */
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 60_000;

interface SyncStateRow {
  team_url: string;
  tls: number;
  team_workspace_id: string;
  replica_id: string;
  member_role: string;
  member_access: 'edit' | 'read';
  member_person_key: string | null;
  last_synced_at: string | null;
}

/**
 * The open workspace's team: publish, join, the background sync loop and what the app shows
 * about it. One per AppController. A single-user workspace has no team and none of this runs.
 */
export class TeamService {
  private client: pg.Client | null = null;
  private connection: TeamConnection = 'offline';
  private problem: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private retryDelay = RETRY_MIN_MS;
  private attached = false;
  constructor(private readonly app: AppController) {}

  /** Read when needed: the controller creates this before it knows its data folder. */
  private get passwords(): TeamPasswords {
    return new TeamPasswords(path.join(this.app.dataDir, 'team-passwords.json'));
  }

  private state(): SyncStateRow | undefined {
    if (!this.app.workspacePath) return undefined;
    return this.app.db.prepare('SELECT * FROM sync_state WHERE id = 1').get() as SyncStateRow | undefined;
  }

  private now(): string {
    return this.app.clock.now().toISOString();
  }

  /** A reader of a team workspace (an auditor): the API refuses every write before it starts. */
  readOnly(): boolean {
    return this.attached && this.state()?.member_access === 'read';
  }

  status(): TeamStatus {
    const state = this.state();
    if (!state) return singleUserStatus();
    const db = this.app.db;
    return {
      mode: 'team',
      teamUrl: state.team_url,
      workspaceId: state.team_workspace_id,
      connection: this.connection,
      problem: this.problem,
      waiting: waitingCount(db),
      openConflicts: db.prepare('SELECT count(*) FROM sync_conflicts').pluck().get() as number,
      lastSyncedAt: state.last_synced_at,
      lastReceivedSeq: db.prepare('SELECT max(seq) FROM sync_received').pluck().get() as number | null,
      member: { role: state.member_role, personName: this.memberPerson()?.id != null ? this.memberPerson()!.name : null, access: state.member_access },
    };
  }

  /** The open workspace became (or was opened as) a team replica: capture its changes and start syncing. */
  attach(): void {
    if (!this.state()) return;
    installCaptureTriggers(this.app.db);
    this.attached = true;
    this.schedule(0);
  }

  /** The workspace is closing: stop syncing (what waits stays queued in the file). */
  async detach(): Promise<void> {
    this.attached = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Taken now, so a workspace opened meanwhile keeps a connection of its own.
    const client = this.client;
    this.client = null;
    this.connection = 'offline';
    this.problem = null;
    await this.running?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.connection = 'offline';
    await client?.end().catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (!this.attached) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delay);
    this.timer.unref?.();
  }

  private async connect(state: SyncStateRow): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connection = 'connecting';
    const client = teamClient(state.team_url, this.passwords.get(state.team_workspace_id), state.tls === 1);
    client.on('error', (error) => {
      this.problem = describeConnectionError(error);
      void this.disconnect();
      this.schedule(this.retryDelay);
    });
    client.on('notification', () => this.schedule(0));
    await client.connect();
    await client.query('LISTEN serviceledger_changes');
    this.client = client;
    return client;
  }

  /** Send what waits and fetch what others sent. Never throws for a server problem: the status says it. */
  async syncNow(): Promise<TeamStatus> {
    if (this.running) {
      this.again = true;
      await this.running;
      return this.status();
    }
    this.running = this.syncRound().finally(() => {
      this.running = null;
    });
    await this.running;
    if (this.again) {
      this.again = false;
      return this.syncNow();
    }
    return this.status();
  }

  private async syncRound(): Promise<void> {
    const state = this.state();
    if (!state) return;
    try {
      // An import writing in slices holds the connection: try again shortly.
      if (this.app.db.inTransaction) return this.schedule(1_000);
      const client = await this.connect(state);
      await checkTeamDatabase(client, state.team_workspace_id, this.app.db.pragma('user_version', { simple: true }) as number).catch(async (error: unknown) => {
        // Refused the tables: usually a member the publisher removed, which whoAmI says in words.
        if ((error as { code?: unknown }).code === '42501') await whoAmI(client);
        throw error;
      });
      this.rememberMember(await whoAmI(client));
      // Never the snapshot join here: it holds a transaction across awaits, and this connection
      // serves every call (joins write into their new file before it is opened, see join()).
      await syncOnce(this.app.db, client, { actor: state.member_role, now: this.now(), snapshotJoin: false });
      this.connection = 'online';
      this.problem = null;
      this.retryDelay = RETRY_MIN_MS;
      this.schedule(SEND_INTERVAL_MS);
    } catch (error) {
      this.problem = describeConnectionError(error);
      await this.disconnect();
      this.schedule(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
    }
  }

  /** What the team's members list says about this member: access, and which person they are. */
  private rememberMember(member: TeamMember): void {
    rememberMember(this.app.db, member);
  }

  /**
   * In a team workspace "I am" is the person the connected PostgreSQL role is linked to, so
   * approvals and separation of duties hold between real people. Undefined in a single-user
   * workspace (the person chosen on this computer applies); `{ id: null }` when the role is not
   * linked to a person yet.
   */
  memberPerson(): { id: number | null; name: string } | undefined {
    const state = this.state();
    if (!state) return undefined;
    const person = state.member_person_key
      ? (this.app.db
          .prepare("SELECT p.id, p.name FROM people p JOIN sync_row_keys k ON k.table_name = 'people' AND k.local_id = p.id WHERE k.row_key = ?")
          .get(state.member_person_key) as { id: number; name: string } | undefined)
      : undefined;
    return person ?? { id: null, name: `${state.member_role} (team role not linked to a person)` };
  }

  /** Make the open workspace a team workspace in an empty PostgreSQL database; the caller becomes its first member. */
  async publish(input: TeamConnectionInput): Promise<TeamStatus> {
    const db = this.app.db;
    if (this.state()) throw new AppError('conflict', 'This workspace is already part of a team.');
    const { url, password } = splitPassword(input.url, input.password);
    const client = teamClient(url, password, input.tls);
    try {
      await client.connect();
      const { workspaceId } = await publishWorkspace(db, client, {
        url,
        tls: input.tls,
        now: this.now(),
        organisationName: getOrganisationName(db),
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        publisher: this.app.actor(),
      });
      this.passwords.set(workspaceId, password);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('conflict', `The workspace was not published: ${describeConnectionError(error)}`, 'url');
    } finally {
      await client.end().catch(() => undefined);
    }
    this.attached = true;
    return this.syncNow();
  }

  /**
   * Make a new local replica file of a team workspace at `filePath`, open it and bring it up to
   * date. The team's records are written into the new file before the app opens it (the join holds
   * its transaction across reads from the server, which must not meet other calls): a join cut
   * short leaves no file and the workspace open before still open.
   */
  async join(input: TeamConnectionInput & { filePath: string; progressId?: string | undefined }): Promise<TeamStatus> {
    const report = progressReporter(input.progressId);
    let last: ImportProgress = { phase: 'reading', done: 0, total: null };
    const tell = (progress: ImportProgress) => report((last = progress));
    tell(last);
    const { url, password } = splitPassword(input.url, input.password);
    const client = teamClient(url, password, input.tls);
    try {
      let meta: Map<string, string>;
      let member: TeamMember;
      try {
        await client.connect();
        const { rows: found } = await client.query<{ found: string | null }>("SELECT to_regclass('sl_team_meta')::text AS found");
        if (!found[0]?.found) throw new AppError('conflict', 'This database holds no ServiceLedger team workspace. Publish a workspace to it first.', 'url');
        const { rows } = await client.query<{ key: string; value: string }>('SELECT key, value FROM sl_team_meta');
        meta = new Map(rows.map((row) => [row.key, row.value]));
        await checkTeamDatabase(client, meta.get('workspace_id') ?? '');
        member = await whoAmI(client);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('conflict', `Could not join: ${describeConnectionError(error)}`, 'url');
      }
      const workspaceId = meta.get('workspace_id')!;
      await this.app.createFilled(input.filePath, meta.get('organisation_name') ?? null, async (db) => {
        joinAsReplica(db, { url, tls: input.tls, workspaceId, memberRole: member.role }, this.now());
        rememberMember(db, member);
        await joinFromSnapshot(db, client, { onProgress: (done, total) => tell({ phase: 'writing', done, total }) }).catch((error: unknown) => {
          throw error instanceof AppError ? error : new AppError('conflict', `Could not join: ${describeConnectionError(error)}`, 'url');
        });
        // The open workspace's own sync stops before the new copy takes its place: a round
        // still running would otherwise meet its file closed under it.
        await this.detach();
      });
      this.passwords.set(workspaceId, password);
      tell({ ...last, phase: 'done' });
    } catch (error) {
      tell({ ...last, phase: 'failed' });
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
    return this.syncNow();
  }

  /** The sync log, newest first. */
  log(input: { limit: number; beforeSeq?: number | undefined }): SyncLogEntry[] {
    const state = this.state();
    if (!state) return [];
    return syncLog(this.app.db, wireValuesFor(this.app.db), input, state.member_role);
  }

  /** Open conflicts, oldest first. */
  conflicts(): TeamConflictView[] {
    if (!this.state()) return [];
    return conflictViews(this.app.db, wireValuesFor(this.app.db));
  }

  /** Resolve a conflict; the resolution is itself a change, sent like any other. */
  async resolveConflict(id: number, resolution: ConflictResolution): Promise<TeamStatus> {
    if (!this.state()) throw new AppError('conflict', 'This workspace is not part of a team.');
    resolveConflictLocally(this.app.db, wireValuesFor(this.app.db), id, resolution, this.now());
    return this.syncNow();
  }

  /** Everyone who is or was a member, and whether this copy (the publisher's) may change the list. */
  async members(): Promise<TeamMembersView> {
    return this.withTeamDatabase('Could not read the members', async (client, state) => ({
      members: memberViews(this.app.db, await listMembers(client), state.member_role),
      canManage: await ownsTeamDatabase(client),
    }));
  }

  /** Add a person to the team: their login role (new, or one that exists on the server), access and person record. */
  async addMember(input: NewTeamMemberInput): Promise<TeamMemberView> {
    const db = this.app.db;
    const personId = input.personId ?? null;
    const key = personId === null ? null : personRowKey(db, personId);
    const displayName = input.displayName?.trim() || (personId === null ? input.role : (personName(db, personId) ?? input.role));
    const view = await this.changeMember('Could not add the member', input.role, (client) =>
      addMember(
        client,
        { role: input.role, access: input.access, personRowKey: key, displayName, ...(input.password ? { password: input.password } : {}) },
        this.now(),
      ),
    );
    // The person reaches the team database now, so the new member's copy has them from the start.
    if (key !== null) await this.syncNow();
    return view;
  }

  /** Move a member between read and edit access. */
  setMemberAccess(role: string, access: TeamAccess): Promise<TeamMemberView> {
    return this.changeMember('Could not change the access', role, (client) => setMemberAccess(client, role, access));
  }

  /** Link a member's role to a person in this workspace (null: unlink). */
  linkPerson(role: string, personId: number | null): Promise<TeamMemberView> {
    const key = personId === null ? null : personRowKey(this.app.db, personId);
    return this.changeMember('Could not link the person', role, (client) => linkMemberPerson(client, role, key));
  }

  /**
   * Give a member's role a new password. When it is this copy's own role, the password saved on
   * this computer changes with it, or this copy's next connection would be refused.
   */
  async setMemberPassword(role: string, password: string): Promise<TeamMemberView> {
    const view = await this.changeMember('Could not set the password', role, (client) => setMemberPassword(client, role, password));
    const state = this.state();
    if (state && role === state.member_role) this.passwords.set(state.team_workspace_id, password);
    return view;
  }

  /**
   * This copy's own password changed (the publisher reset it): check the new one against the
   * team database, keep it on this computer and sync with it. A refused password names the field;
   * the old one stays saved.
   */
  async changeSavedPassword(password: string): Promise<TeamStatus> {
    const state = this.state();
    if (!state) throw new AppError('conflict', 'This workspace is not part of a team.');
    const client = teamClient(state.team_url, password, state.tls === 1);
    client.on('error', () => undefined);
    try {
      await client.connect();
      await whoAmI(client);
    } catch (error) {
      const refused = (error as { code?: unknown }).code === '28P01';
      throw new AppError(
        refused ? 'invalid_input' : 'conflict',
        `The password was not saved: ${describeConnectionError(error)}`,
        refused ? 'password' : undefined,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
    this.passwords.set(state.team_workspace_id, password);
    // The sync loop's connection (if any) logged in with the old password: start afresh.
    await this.running;
    await this.disconnect();
    this.retryDelay = RETRY_MIN_MS;
    return this.syncNow();
  }

  /** Take a member out of the team; their history stays. */
  removeMember(role: string): Promise<TeamMemberView> {
    const state = this.state();
    if (state && role === state.member_role) {
      throw new AppError('invalid_input', 'role: you cannot remove yourself; the team workspace would have nobody to manage its members.', 'role');
    }
    return this.changeMember('Could not remove the member', role, (client) => removeMember(client, role, this.now()));
  }

  /**
   * One change to the members list on the publisher's connection. A change to this copy's own
   * role (its access, its person) is taken over at once, not at the next sync round.
   */
  private changeMember(action: string, role: string, change: (client: pg.Client) => Promise<TeamMember>): Promise<TeamMemberView> {
    return this.withTeamDatabase(action, async (client, state) => {
      if (!(await ownsTeamDatabase(client))) throw new AppError('forbidden', ONLY_THE_PUBLISHER);
      const member = await change(client);
      if (member.role === state.member_role) this.rememberMember(await whoAmI(client));
      return memberViews(this.app.db, [member], state.member_role)[0]!;
    });
  }

  /**
   * Run `work` on a connection of its own to the team database, as this copy's member. Not the
   * sync loop's connection: a members change runs a transaction, and the loop's queries must not
   * land inside it.
   */
  private async withTeamDatabase<T>(action: string, work: (client: pg.Client, state: SyncStateRow) => Promise<T>): Promise<T> {
    const state = this.state();
    if (!state) throw new AppError('conflict', 'This workspace is not part of a team.');
    const client = teamClient(state.team_url, this.passwords.get(state.team_workspace_id), state.tls === 1);
    // A dropped connection fails the query under way; without a listener it would also crash the app.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await work(client, state);
    } catch (error) {
      throw memberAdminError(error, action);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
