import type { HandlerTable } from './handler-types';
import { overviewHandlers } from './overview-handlers';
import { peopleHandlers } from './people-handlers';
import { servicesHandlers } from './services-handlers';
import { catalogueIoHandlers } from './catalogue-io-handlers';
import { viewsHandlers } from './views-handlers';
import { suppliersHandlers } from './suppliers-handlers';
import { workspaceHandlers } from './workspace-handlers';
import { risksHandlers } from './risks-handlers';
import { slasHandlers } from './slas-handlers';
import { reviewsHandlers } from './reviews-handlers';
import { managementReviewsHandlers } from './management-reviews-handlers';
import { reviewPackHandlers } from './review-pack-handlers';
import { teamHandlers } from './team-handlers';

/** The one handler table behind IPC, the HTTP host and the CLI. The type makes a missing method a compile error. */
export const handlers: HandlerTable = {
  ...workspaceHandlers,
  ...peopleHandlers,
  ...overviewHandlers,
  ...servicesHandlers,
  ...suppliersHandlers,
  ...catalogueIoHandlers,
  ...viewsHandlers,
  ...risksHandlers,
  ...slasHandlers,
  ...reviewsHandlers,
  ...managementReviewsHandlers,
  ...reviewPackHandlers,
  ...teamHandlers,
};

export type { HandlerContext, HandlerTable } from './handler-types';
