import type { TeamStatus } from '../../../../shared/team/team-types';
import { fieldLabel } from '../../../../shared/api/validation';
import { plural } from '../../lib/format';

export type StatusTone = 'ok' | 'waiting' | 'offline' | 'conflict';

/** The status line's words for a team workspace; conflicts first, since they need a person. */
export function teamStatusWords(status: TeamStatus): { text: string; tone: StatusTone } {
  if (status.openConflicts > 0) return { text: `${plural(status.openConflicts, 'conflict')} to resolve`, tone: 'conflict' };
  const waiting = status.waiting > 0 ? ` — ${plural(status.waiting, 'change')} waiting` : '';
  if (status.connection === 'offline') return { text: `Offline${waiting}`, tone: 'offline' };
  if (status.connection === 'connecting') return { text: `Connecting${waiting}`, tone: 'waiting' };
  return { text: `Online${waiting}`, tone: waiting ? 'waiting' : 'ok' };
}

const TABLE_WORDS: Record<string, string> = {
  services: 'Service',
  slas: 'SLA',
  risks: 'Risk',
  suppliers: 'Supplier',
  contracts: 'Contract',
  people: 'Person',
  actions: 'Action',
  risk_actions: 'Action',
  reviews: 'Review',
  management_reviews: 'Management review',
  settings: 'Settings',
};

/** "risks" → "Risk": the kind of record a table holds, for people. Unknown tables read as their name. */
export function tableWords(table: string): string {
  return TABLE_WORDS[table] ?? fieldLabel([table]);
}

/** "ownerId" → "Owner": the field a change or conflict is about, in the words forms use. */
export function fieldWords(field: string): string {
  // A whole record created or deleted, not one field.
  if (field === '*insert') return 'Created';
  if (field === '*delete') return 'Deleted';
  // Changes name the stored column ("owner_id"); forms use its field name ("ownerId" → "Owner").
  return fieldLabel([field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())]);
}

/** A field value as the API has it, shown plainly: text as itself, lists as "a, b", nothing as "(empty)". */
export function formatTeamValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.map((item) => formatTeamValue(item)).join(', ');
  return JSON.stringify(value);
}

/** The connection string as shown: the engine already drops the password; a stray one is masked anyway. */
export function displayUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]+):[^@/]*@/i, '$1:•••@');
}
