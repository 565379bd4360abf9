import type { TeamAccess } from '../../../../../../shared/team/team-types';

/** A person the publisher may link a role to. */
export interface PersonOption {
  id: number;
  name: string;
}

/** The two kinds of access, said plainly: what the person can do, not what PostgreSQL grants. */
export const ACCESS_CHOICES: ReadonlyArray<{ value: TeamAccess; label: string; description: string }> = [
  { value: 'edit', label: 'Edit', description: 'Sees everything and changes records, like on a workspace of their own.' },
  { value: 'read', label: 'Read (auditor)', description: 'Sees everything, changes nothing. The team database itself refuses changes from this role.' },
];

export const ACCESS_LABEL: Record<TeamAccess, string> = { edit: 'Edit', read: 'Read (auditor)' };
