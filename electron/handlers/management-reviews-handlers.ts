import {
  createManagementReview,
  deleteDecision,
  getManagementReview,
  listManagementReviews,
  saveDecision,
  setNarrative,
  startManagementReview,
  updateManagementReview,
} from '../repositories/management-reviews/review-records';
import { closeManagementReview, holdManagementReview, reviewContent } from '../repositories/management-reviews/review-snapshot';
import type { HandlerTable } from './handler-types';

type Methods =
  | 'managementReviews.list'
  | 'managementReviews.get'
  | 'managementReviews.create'
  | 'managementReviews.update'
  | 'managementReviews.start'
  | 'managementReviews.setNarrative'
  | 'managementReviews.content'
  | 'managementReviews.saveDecision'
  | 'managementReviews.deleteDecision'
  | 'managementReviews.hold'
  | 'managementReviews.close';

export const managementReviewsHandlers: Pick<HandlerTable, Methods> = {
  'managementReviews.list': (_input, { db }) => listManagementReviews(db),
  'managementReviews.get': ({ id }, { db }) => getManagementReview(db, id),
  'managementReviews.create': (input, context) => createManagementReview(context.db, context.actor(), input, context.now()),
  'managementReviews.update': (input, context) => updateManagementReview(context.db, context.actor(), input, context.now()),
  'managementReviews.start': ({ id }, context) => startManagementReview(context.db, context.actor(), id, context.now()),
  'managementReviews.setNarrative': ({ id, section, text }, context) => setNarrative(context.db, context.actor(), id, section, text, context.now()),
  'managementReviews.content': ({ id }, context) => reviewContent(context.db, id, context.now(), context.today()),
  'managementReviews.saveDecision': (input, context) => saveDecision(context.db, context.actor(), input, context.now()),
  'managementReviews.deleteDecision': ({ reviewId, id }, context) => deleteDecision(context.db, context.actor(), reviewId, id, context.now()),
  'managementReviews.hold': ({ id }, context) => holdManagementReview(context.db, context.actor(), id, context.now(), context.today()),
  'managementReviews.close': ({ id, signedOffById }, context) => closeManagementReview(context.db, context.actor(), id, signedOffById, context.now()),
};
