// The team-workspace figures of `npm run bench` (issue 15): how fast a member's changes reach the
// team database (push), how fast a replica applies the team's changes (pull), and how long a new
// member takes to join the benchmark workspace. Runs against a throwaway PostgreSQL 15 cluster on
// loopback; skipped with a note when PostgreSQL is not installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openWorkspaceDatabase, closeWorkspaceDatabase } from '../electron/db/open-workspace';
import { syncOnce } from '../electron/team/replica-sync';
import { joinAsReplica, publishWorkspace } from '../electron/team/team-setup';
import { postgresAvailable, startPgCluster } from '../electron/team/test/pg-cluster';

const rate = (changes: number, ms: number) => `${Math.round(changes / (ms / 1000)).toLocaleString('en-GB')} changes/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function client(url: string): Promise<pg.Client> {
  const connected = new pg.Client({ connectionString: url });
  await connected.connect();
  return connected;
}

/** Publish a copy of the benchmark workspace, join it from an empty file, and time each side. */
export async function teamSyncFigures(file: string): Promise<string[]> {
  if (!postgresAvailable()) return ['Team sync: skipped (PostgreSQL 15 is not installed; Debian: apt-get install postgresql-15)'];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-team-bench-'));
  const cluster = await startPgCluster();
  const clients: pg.Client[] = [];
  try {
    const admin = await client(cluster.url('postgres'));
    clients.push(admin);
    await admin.query('CREATE DATABASE team_bench');
    const url = cluster.url('team_bench');
    const now = new Date().toISOString();

    // Publish: every record of the workspace becomes a change, sent in batches.
    const publisherFile = path.join(scratch, 'publisher.sqlite');
    fs.copyFileSync(file, publisherFile);
    const publisher = await openWorkspaceDatabase(publisherFile, {});
    const publisherClient = await client(url);
    clients.push(publisherClient);
    const queuedAt = performance.now();
    const { queued } = await publishWorkspace(publisher.db, publisherClient, {
      url,
      tls: false,
      now,
      organisationName: 'Bench',
      schemaVersion: publisher.schemaVersion,
    });
    const queueMs = performance.now() - queuedAt;
    const pushedAt = performance.now();
    const pushed = await syncOnce(publisher.db, publisherClient, { actor: 'bench', now });
    const pushMs = performance.now() - pushedAt;

    // Join: a new member's empty file takes the team's records as they are now (snapshot-join.ts).
    const member = await openWorkspaceDatabase(path.join(scratch, 'member.sqlite'), { create: true, organisationName: 'Bench' });
    const memberClient = await client(url);
    clients.push(memberClient);
    const joinedAt = performance.now();
    const { rows } = await memberClient.query<{ value: string }>("SELECT value FROM sl_team_meta WHERE key = 'workspace_id'");
    joinAsReplica(member.db, { url, tls: false, workspaceId: rows[0]!.value, memberRole: 'member' }, now);
    await syncOnce(member.db, memberClient, { actor: 'member', now });
    const joinMs = performance.now() - joinedAt;
    const risks = member.db.prepare('SELECT count(*) FROM risks').pluck().get() as number;

    // Everyday use: 200 edits by the member, sent and received by the publisher.
    const ids = member.db.prepare('SELECT id FROM risks ORDER BY id LIMIT 200').pluck().all() as number[];
    const edit = member.db.prepare('UPDATE risks SET controls = ? WHERE id = ?');
    member.db.transaction(() => ids.forEach((id, index) => edit.run(`Reviewed control ${index}`, id)))();
    const roundAt = performance.now();
    await syncOnce(member.db, memberClient, { actor: 'member', now });
    await syncOnce(publisher.db, publisherClient, { actor: 'bench', now });
    const roundMs = performance.now() - roundAt;
    closeWorkspaceDatabase(publisher.db);
    closeWorkspaceDatabase(member.db);
    return [
      'Team sync (PostgreSQL 15 on loopback, throwaway cluster):',
      `  publish: ${queued.toLocaleString('en-GB')} records queued in ${seconds(queueMs)}, pushed in ${seconds(pushMs)} (${rate(pushed.sent, pushMs)})`,
      `  join:    a new member received every record (${risks.toLocaleString('en-GB')} risks) in ${seconds(joinMs)} (pull ${rate(queued, joinMs)})`,
      `  edits:   200 edits sent by one member and applied by another in ${Math.round(roundMs)} ms`,
    ];
  } finally {
    await Promise.allSettled(clients.map((connected) => connected.end()));
    await cluster.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
