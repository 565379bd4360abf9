/**
 * The kinds of data a method reads or changes. Each method of the contract declares its domains:
 * a read, what it reads (names it shows from other records included); a write, what it changes.
 * After a write the renderer refetches only the queries that read one of the domains it changed,
 * plus the audit trail, which every write extends. Saving a view no longer reloads a 10,000-row
 * services list. Declaring too much costs a refetch; declaring too little shows stale data, so a
 * read names every domain whose records it displays.
 */
export const DATA_DOMAINS = [
  'workspace',
  'settings',
  'people',
  'services',
  'suppliers',
  'slas',
  'risks',
  'riskMatrix',
  'actions',
  'reviews',
  'managementReviews',
  'views',
  'audit',
  /** The team workspace's sync state: connection, changes waiting, the sync log, open conflicts. */
  'team',
] as const;

export type DataDomain = (typeof DATA_DOMAINS)[number];

/** Opening, creating, closing or restoring a workspace changes everything on screen. */
export const EVERY_DOMAIN: readonly DataDomain[] = DATA_DOMAINS;

/** A method that reads or changes no workspace data (a file dialog, a progress poll). */
export const NO_DOMAIN: readonly DataDomain[] = [];

/** What risk screens show: the risk, its scores on the matrix, owners, services, supplier, actions and acceptances. */
export const RISK_READS: readonly DataDomain[] = ['risks', 'riskMatrix', 'people', 'services', 'suppliers', 'actions', 'reviews'];

/** What SLA screens show: the SLA, its service and owner, the contracts under it, actions and reviews. */
export const SLA_READS: readonly DataDomain[] = ['slas', 'services', 'people', 'suppliers', 'actions', 'reviews'];

/** What catalogue screens show: services, owners, their SLAs, risks, contracts, actions and reviews. */
export const SERVICE_READS: readonly DataDomain[] = ['services', 'people', 'slas', 'risks', 'riskMatrix', 'suppliers', 'actions', 'reviews'];

/** What supplier and contract screens show. */
export const SUPPLIER_READS: readonly DataDomain[] = ['suppliers', 'services', 'slas', 'people', 'risks'];

/** What the review inbox and forms show: every reviewed subject, who reviews and approves, the policy. */
export const REVIEW_READS: readonly DataDomain[] = ['reviews', 'risks', 'riskMatrix', 'slas', 'services', 'suppliers', 'people', 'settings'];

/** What recording a review changes: the record, and the subject's next review date (or its scores). */
export const REVIEW_WRITES: readonly DataDomain[] = ['reviews', 'risks', 'slas', 'services', 'suppliers', 'actions'];

/** What action lists show: the actions, owners, and the record each action belongs to. */
export const ACTION_READS: readonly DataDomain[] = ['actions', 'people', 'risks', 'slas', 'services', 'managementReviews', 'reviews'];

/**
 * What the team screens show: the sync state (each log line and conflict carries its record's
 * label). Every write extends the audit trail and, in a team workspace, queues a change to send,
 * so reading 'audit' too puts "1 change waiting" on screen right after a save, not at the next poll.
 */
export const TEAM_READS: readonly DataDomain[] = ['team', 'audit'];
