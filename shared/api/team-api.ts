import { z } from 'zod';
import { defineMethod } from './define-method';
import { filePath, idSchema, noInput } from './common-schemas';
import { EVERY_DOMAIN, TEAM_READS } from './data-domains';
import type { SyncLogEntry, TeamConflictView, TeamMembersView, TeamMemberView, TeamStatus } from '../team/team-types';
import { progressIdSchema } from './catalogue-io-api';

/** One page of the sync log, newest first, and where the next older page starts (null at the beginning). */
export interface SyncLogPage {
  entries: SyncLogEntry[];
  nextBeforeSeq: number | null;
}

const POSTGRES_SCHEME = /^postgres(?:ql)?:\/\//i;

/** True when `value` is a postgres:// or postgresql:// URL that a URL parser accepts and that names a host or a database. */
function isPostgresUrl(value: string): boolean {
  if (!POSTGRES_SCHEME.test(value)) return false;
  try {
    const url = new URL(value);
    return url.host !== '' || url.pathname.length > 1;
  } catch {
    return false;
  }
}

/** A PostgreSQL connection string; the message shows the shape because people paste JDBC or host:port forms. */
export const postgresUrl = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2,000 characters')
  .refine(isPostgresUrl, 'must start with postgres:// or postgresql:// and name a server, like postgres://ada@db.example.org:5432/serviceledger');

/** How to reach a team database (TeamConnectionInput). TLS stays on unless the person turns it off. */
export const teamConnectionInput = z
  .object({
    url: postgresUrl,
    // Not trimmed: a password may begin or end with a space.
    password: z.string({ error: 'must be text' }).max(1000, 'must be at most 1,000 characters').optional(),
    tls: z.boolean({ error: 'must be on or off (true or false)' }).default(true),
  })
  .strict();

/**
 * Joining also names the local replica file, checked like every other workspace path. A join of a
 * large workspace takes a while: with a `progressId`, `imports.progress` says how many of the
 * team's records have arrived, as it does for an import.
 */
export const teamJoinInput = teamConnectionInput.extend({ filePath, progressId: progressIdSchema.optional() }).strict();

/** A member's PostgreSQL login role: what PostgreSQL and the team database accept without quoting surprises. */
export const memberRole = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(48, 'must be at most 48 characters')
  .regex(/^[a-z][a-z0-9_]*$/, 'may only use lowercase letters a-z, digits and underscores, and must start with a letter')
  .refine((role) => !role.startsWith('pg_') && !role.startsWith('sl_'), 'may not start with pg_ or sl_ (kept for PostgreSQL and ServiceLedger)');

export const memberAccess = z.enum(['edit', 'read'], { error: 'must be edit or read' });

/** A new member's password; the server stores only a SCRAM verifier of it. Not trimmed: spaces count. */
export const memberPassword = z.string({ error: 'must be text' }).min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

const personLink = idSchema.nullable();

/** A new password for a member's role (the publisher resets a forgotten one). */
export const setMemberPasswordInput = z.object({ role: memberRole, password: memberPassword }).strict();

export const addMemberInput = z
  .object({
    role: memberRole,
    // Left out: the role exists on the server already (a member of another team workspace) and keeps its password.
    password: memberPassword.optional(),
    access: memberAccess,
    personId: personLink.optional(),
    displayName: z.string({ error: 'must be text' }).trim().max(200, 'must be at most 200 characters').optional(),
  })
  .strict();

const conflictResolution = z.discriminatedUnion(
  'keep',
  [
    z.object({ keep: z.literal('current') }).strict(),
    z.object({ keep: z.literal('proposed') }).strict(),
    z
      .object({
        keep: z.literal('other'),
        // A field value as the API has it: text, a number, yes/no, empty, or a short list of labels.
        value: z.union(
          [
            z.string().max(10_000, 'must be at most 10,000 characters'),
            z.number().finite(),
            z.boolean(),
            z.null(),
            z.array(z.union([z.string().max(1000), z.number().finite()])).max(1000, 'may have at most 1,000 entries'),
          ],
          { error: 'must be text, a number, yes/no, empty or a list' },
        ),
      })
      .strict(),
  ],
  { error: 'must be keep current, keep proposed or another value' },
);

/** A members change shows in the members list, and (for one's own role) in who "I am" and what I may do. */
const MEMBER_CHANGES = ['team', 'workspace', 'settings', 'people'] as const;

// Effects: talking to PostgreSQL is asynchronous, and a `write` handler must be synchronous (the
// dispatcher runs it inside one SQLite transaction). The engine behind `app.team` runs its own
// SQLite transactions around what it applies, so the calls that reach the team database are `app`
// (run as they are, no transaction around them; the engine refuses when no workspace is open).
// They change what any screen may show (pulled changes touch every kind of record, joining opens
// another file), hence every domain. Local reads of the sync state are plain `read`s.
export const teamApi = {
  'team.status': defineMethod<TeamStatus>()({
    input: noInput,
    effect: 'read',
    domains: TEAM_READS,
    summary: 'Whether the open workspace is a team workspace, and if so: online or not, changes waiting, conflicts open, who I connect as.',
  }),
  'team.publish': defineMethod<TeamStatus>()({
    input: teamConnectionInput,
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Make the open workspace a team workspace in an empty PostgreSQL database; the caller becomes its first member.',
  }),
  'team.join': defineMethod<TeamStatus>()({
    input: teamJoinInput,
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Make a local replica file of a team workspace (a bare name goes into the default folder), open it and bring it up to date.',
  }),
  'team.syncNow': defineMethod<TeamStatus>()({
    input: noInput,
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Send the changes waiting and fetch what others sent, now. An unreachable server is reported in the status, not as an error.',
  }),
  'team.log': defineMethod<SyncLogPage>()({
    input: z
      .object({
        limit: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').default(100),
        beforeSeq: z.number({ error: 'must be a change number' }).int('must be a whole number').positive('must be a positive change number').optional(),
      })
      .strict(),
    effect: 'read',
    domains: TEAM_READS,
    summary: 'The sync log, newest first, a page at a time: what this replica sent, received and has waiting.',
  }),
  'team.conflicts': defineMethod<TeamConflictView[]>()({
    input: noInput,
    effect: 'read',
    domains: TEAM_READS,
    summary: 'Open conflicts, oldest first: a field two people changed from the same value, with both values.',
  }),
  'team.resolveConflict': defineMethod<TeamStatus>()({
    input: z.object({ id: idSchema, resolution: conflictResolution }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Resolve a conflict by keeping the team value, taking the proposed one or entering another; the resolution is sent like any change.',
  }),
  'team.members': defineMethod<TeamMembersView>()({
    input: noInput,
    effect: 'app',
    domains: ['team', 'people'],
    summary: 'The members of the team workspace (read from the team database), with the person each role is, and whether this copy may change them.',
  }),
  'team.addMember': defineMethod<TeamMemberView>()({
    input: addMemberInput,
    effect: 'app',
    domains: MEMBER_CHANGES,
    summary: 'Publisher only: add a person to the team with their own PostgreSQL login role, edit or read access, and the person record they are.',
  }),
  'team.setMemberAccess': defineMethod<TeamMemberView>()({
    input: z.object({ role: memberRole, access: memberAccess }).strict(),
    effect: 'app',
    domains: MEMBER_CHANGES,
    summary: 'Publisher only: move a member between edit and read access; the database enforces it at once.',
  }),
  'team.linkPerson': defineMethod<TeamMemberView>()({
    input: z.object({ role: memberRole, personId: personLink }).strict(),
    effect: 'app',
    domains: MEMBER_CHANGES,
    summary: 'Publisher only: link a member role to the person record they are (null unlinks); in their copy, changes are recorded against that person.',
  }),
  'team.setMemberPassword': defineMethod<TeamMemberView>()({
    input: setMemberPasswordInput,
    effect: 'app',
    // Nothing any screen shows changes (the team database keeps only a verifier); the members list is read again.
    domains: ['team'],
    summary: "Publisher only: give a member's PostgreSQL role a new password; the old one is refused from then on.",
  }),
  'team.changeSavedPassword': defineMethod<TeamStatus>()({
    input: z
      .object({
        // Not trimmed: a password may begin or end with a space.
        password: z.string({ error: 'is required' }).min(1, 'is required').max(1000, 'must be at most 1,000 characters'),
      })
      .strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: "Your role's password changed: check the new one against the team database, keep it on this computer and sync with it.",
  }),
  'team.removeMember': defineMethod<TeamMemberView>()({
    input: z.object({ role: memberRole }).strict(),
    effect: 'app',
    domains: MEMBER_CHANGES,
    summary: 'Publisher only: take a member out of the team; the database refuses them from then on, their history stays.',
  }),
};
