import type { ActionStatus } from '../../../../shared/api/sla-reviews-api';
import type { MethodInput } from '../../../../shared/api/contract';

/** The status filter: "not done" (open and in progress) unless the address says otherwise. */
export const STATUS_FILTERS = ['active', 'open', 'in_progress', 'done', 'cancelled', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const STATUS_FILTER_LABEL: Record<StatusFilter, string> = {
  active: 'Not done',
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
  all: 'All',
};

/** The filters as the address holds them: `#/actions?status=done&overdue=1&owner=3&sla=2&managementReview=4`. */
export interface ActionFilters {
  status: StatusFilter;
  overdue: boolean;
  ownerId: number | null;
  slaId: number | null;
  riskId: number | null;
  serviceId: number | null;
  /** The decisions of this management review only. */
  managementReviewId: number | null;
  /** Improvement actions of SLAs, treatment actions of risks or decisions of management reviews only. */
  raisedFor: RaisedFor | null;
}

export const RAISED_FOR = ['sla', 'risk', 'management_review'] as const;
export type RaisedFor = (typeof RAISED_FOR)[number];

function id(value: string | null): number | null {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : null;
}

/** Read the filters from the address; anything unreadable is ignored rather than failing the screen. */
export function filtersFromParams(params: URLSearchParams): ActionFilters {
  const status = params.get('status');
  return {
    status: STATUS_FILTERS.includes(status as StatusFilter) ? (status as StatusFilter) : 'active',
    overdue: params.get('overdue') === '1',
    ownerId: id(params.get('owner')),
    slaId: id(params.get('sla')),
    riskId: id(params.get('risk')),
    serviceId: id(params.get('service')),
    managementReviewId: id(params.get('managementReview')),
    raisedFor: RAISED_FOR.includes(params.get('for') as RaisedFor) ? (params.get('for') as RaisedFor) : null,
  };
}

/** True when any filter narrows the list (the default "not done" counts: done actions are hidden). */
export function isFiltered(filters: ActionFilters): boolean {
  return (
    filters.status !== 'all' ||
    filters.overdue ||
    filters.ownerId !== null ||
    filters.slaId !== null ||
    filters.riskId !== null ||
    filters.serviceId !== null ||
    filters.managementReviewId !== null ||
    filters.raisedFor !== null
  );
}

const STATUSES_OF: Record<StatusFilter, ActionStatus[] | undefined> = {
  active: ['open', 'in_progress'],
  open: ['open'],
  in_progress: ['in_progress'],
  done: ['done'],
  cancelled: ['cancelled'],
  all: undefined,
};

/** The API call for the filters (the list pages it with offset and limit). */
export function listInput(filters: ActionFilters): Omit<MethodInput<'actions.list'>, 'offset' | 'limit'> {
  const input: Omit<MethodInput<'actions.list'>, 'offset' | 'limit'> = {};
  const statuses = STATUSES_OF[filters.status];
  if (statuses) input.status = statuses;
  if (filters.overdue) input.overdue = true;
  if (filters.ownerId !== null) input.ownerId = filters.ownerId;
  if (filters.slaId !== null) input.slaId = filters.slaId;
  if (filters.riskId !== null) input.riskId = filters.riskId;
  if (filters.serviceId !== null) input.serviceId = filters.serviceId;
  if (filters.managementReviewId !== null) input.managementReviewId = filters.managementReviewId;
  if (filters.raisedFor !== null) input.raisedFor = filters.raisedFor;
  return input;
}
