import type { ManagementReviewStatus } from '../../../../shared/management-review/review-entity';
import type { Rag } from '../../../../shared/management-review/rag';

export const STATUS_COLOURS: Readonly<Record<ManagementReviewStatus, string>> = { planned: 'gray', in_preparation: 'blue', held: 'violet', closed: 'green' };
export const RAG_BADGE: Readonly<Record<Rag, string>> = { red: 'red', amber: 'orange', green: 'green', none: 'gray' };
