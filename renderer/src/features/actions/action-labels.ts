import type { ActionStatus } from '../../../../shared/api/sla-reviews-api';

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' };
export const ACTION_STATUS_COLOR: Record<ActionStatus, string> = { open: 'blue', in_progress: 'violet', done: 'green', cancelled: 'gray' };
