import { fieldLabels } from '../entity/field-descriptor';
import { reviewRecord } from '../entity/review-record';
import { RISK_LABELS as RISK_FIELD_LABELS } from '../entity/risk-entity';
import { DEPENDS_ON_LABEL, serviceFieldLabels } from '../entity/service-entity';
import { supplierFieldLabels } from '../entity/supplier-entity';
import {
  DECISION_TYPE_LABELS,
  STATUS_LABELS as MANAGEMENT_REVIEW_STATUS_LABELS,
  managementReviewEntity,
  reviewDecisionEntity,
} from '../management-review/review-entity';
import { OUTCOME_LABELS, SUBJECT_KIND_LABELS } from '../domain/review-policy';
import { SLA_FIELD_LABELS } from '../entity/sla-entity';
import { ACTION_FIELD_LABELS } from '../entity/action-entity';

// How the audit trail names each kind of record, its fields and its enum values.
//
// Entities declared with `defineEntity` (reviews, management reviews and their decisions, risks,
// services, suppliers, SLAs, actions) take their labels from their descriptor's `fieldLabels`. The
// rest (contract, person) keep ONE label map here, in shared/, so the audit trail, its CSV and the
// record pages read the same words.

/** How a value of a field is shown: plain text, a business date, a person/service/supplier reference. */
export type AuditFieldKind = 'text' | 'date' | 'person' | 'service' | 'supplier' | 'tier' | 'boolean' | 'serviceHours' | 'acceptance' | 'targets';

export interface AuditEntityFields {
  /** "Risk", "SLA": the kind of record as a reader names it. */
  label: string;
  labels: Readonly<Record<string, string>>;
  /** Fields whose values need more than `String(value)`; plain text otherwise. */
  kinds?: Readonly<Record<string, AuditFieldKind>>;
  /** Enum fields: stored value → label. */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const RISK_STATUS = { identified: 'Identified', assessed: 'Assessed', treating: 'Treating', monitored: 'Monitored', closed: 'Closed' };
const RISK_TREATMENT = { avoid: 'Avoid', mitigate: 'Mitigate', transfer: 'Transfer', accept: 'Accept' };
const ACTION_STATUS = { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' };

/**
 * Risks (table `risks`): the descriptor's labels, and those of the snapshot keys that are not plain
 * fields (`riskAuditSnapshot` in electron/repositories/risks/risk-writes.ts) or that other writes add.
 */
const RISK_LABELS = {
  ...RISK_FIELD_LABELS,
  services: 'Services',
  inherent: 'Inherent (likelihood×impact)',
  residual: 'Residual (likelihood×impact)',
  target: 'Target (likelihood×impact)',
  acceptance: 'Acceptance',
  assessment: 'Assessment',
  reason: 'Reason',
};

/** A service's labels: its descriptor's, its dependencies' and the reason an entry may carry. */
const SERVICE_LABELS = { ...serviceFieldLabels, dependsOn: DEPENDS_ON_LABEL, reason: 'Reason' };

/** SLAs: the descriptor's labels, plus the targets list and a reason the snapshot may carry. */
const SLA_LABELS = { ...SLA_FIELD_LABELS, targets: 'Targets', reason: 'Reason' };

/** A supplier's labels: its descriptor's; older entries also recorded the contract count. */
const SUPPLIER_LABELS = { ...supplierFieldLabels, contractCount: 'Contracts', reason: 'Reason' };

const CONTRACT_LABELS = {
  kind: 'Type',
  title: 'Title',
  supplierId: 'Supplier',
  supplierName: 'Supplier name',
  internalTeam: 'Internal team',
  startDate: 'Start date',
  endDate: 'End date',
  noticeDays: 'Notice period (days)',
  targetsText: 'Targets',
  services: 'Services',
  targets: 'Measured targets',
};

/** Actions: the descriptor's labels; entries written before it recorded the completion day as `completedOn`. */
const ACTION_LABELS = { ...ACTION_FIELD_LABELS, completedOn: 'Completed on' };

const PERSON_LABELS = { name: 'Name', email: 'Email', role: 'Role', active: 'Active' };

export const AUDIT_ENTITIES: Readonly<Record<string, AuditEntityFields>> = {
  risk: {
    label: 'Risk',
    labels: RISK_LABELS,
    kinds: { ownerId: 'person', supplierId: 'supplier', nextReviewDate: 'date', acceptance: 'acceptance' },
    values: { status: RISK_STATUS, treatment: RISK_TREATMENT },
  },
  service: {
    label: 'Service',
    labels: SERVICE_LABELS,
    kinds: { ownerId: 'person', criticality: 'tier', serviceHours: 'serviceHours', lastReviewDate: 'date', nextReviewDate: 'date' },
    values: { kind: { 'customer-facing': 'Customer-facing', supporting: 'Supporting' }, lifecycle: { pipeline: 'Pipeline', live: 'Live', retired: 'Retired' } },
  },
  sla: {
    label: 'SLA',
    labels: SLA_LABELS,
    kinds: { serviceId: 'service', validFrom: 'date', validTo: 'date', reviewDate: 'date', serviceHours: 'serviceHours', targets: 'targets' },
    values: { status: { draft: 'Draft', agreed: 'Agreed', expired: 'Expired' } },
  },
  supplier: { label: 'Supplier', labels: SUPPLIER_LABELS, kinds: { managerId: 'person', nextReviewDate: 'date' } },
  contract: {
    label: 'Contract',
    labels: CONTRACT_LABELS,
    kinds: { supplierId: 'supplier', startDate: 'date', endDate: 'date', targets: 'targets' },
    values: { kind: { underpinning: 'Underpinning contract', ola: 'OLA' } },
  },
  action: {
    label: 'Action',
    labels: ACTION_LABELS,
    kinds: { ownerId: 'person', dueDate: 'date', completedOn: 'date', serviceId: 'service' },
    values: { status: ACTION_STATUS },
  },
  person: { label: 'Person', labels: PERSON_LABELS, kinds: { active: 'boolean' } },
  review: {
    label: 'Review',
    labels: { ...fieldLabels(reviewRecord), subject: 'Subject', comment: 'Comment' },
    kinds: {
      reviewerId: 'person',
      requestedById: 'person',
      approverId: 'person',
      plannedOn: 'date',
      reviewedOn: 'date',
      nextReviewDate: 'date',
      acceptedUntil: 'date',
    },
    values: {
      subjectKind: SUBJECT_KIND_LABELS,
      outcome: OUTCOME_LABELS,
      status: { done: 'Done', pending_approval: 'Waiting for approval', approved: 'Approved', rejected: 'Rejected' },
    },
  },
  management_review: {
    label: 'Management review',
    labels: fieldLabels(managementReviewEntity),
    kinds: { chairId: 'person', preparerId: 'person', periodFrom: 'date', periodTo: 'date', meetingDate: 'date' },
    values: { status: MANAGEMENT_REVIEW_STATUS_LABELS },
  },
  management_review_decision: {
    label: 'Review decision',
    labels: { ...fieldLabels(reviewDecisionEntity), reviewId: 'Management review' },
    kinds: { ownerId: 'person', dueDate: 'date' },
    values: { type: DECISION_TYPE_LABELS },
  },
  management_review_narrative: { label: 'Review narrative', labels: {} },
  measurement: { label: 'SLA result', labels: {} },
  outage: { label: 'Outage', labels: {} },
  review_policy: { label: 'Review policy', labels: {} },
  risk_matrix: { label: 'Risk matrix', labels: {} },
  view: { label: 'Saved view', labels: {} },
  workspace: { label: 'Workspace', labels: {} },
};

/** The kinds of record the audit screen filters by, in the order its menu lists them. */
export const AUDIT_FILTER_KINDS = ['risk', 'service', 'sla', 'supplier', 'contract', 'action', 'review', 'management_review', 'person'] as const;

/** "Risk", "SLA"; an unknown kind as it was stored, so nothing is hidden. */
export function auditEntityLabel(entity: string): string {
  return AUDIT_ENTITIES[entity]?.label ?? entity.replace(/_/g, ' ');
}

/** "Owner", "Next review"; an unknown field split from camelCase ("fooBar" → "Foo bar"). */
export function auditFieldLabel(entity: string, field: string): string {
  const known = AUDIT_ENTITIES[entity]?.labels[field];
  if (known) return known;
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Snapshot keys that are not the record's own fields: how a change was made (bulk, timestamps) or
 * values derived from other fields on the day of the snapshot (a contract's days to its end, a
 * supplier's contract count, a name that the id beside it already gives).
 */
export const AUDIT_META_KEYS: ReadonlySet<string> = new Set([
  'id',
  'bulk',
  'updatedAt',
  'createdAt',
  'daysToEnd',
  'noticeDate',
  'contractCount',
  'supplierName',
  'ownerName',
  'managerName',
  'riskCode',
]);
