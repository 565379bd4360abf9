import type { CompleteReviewInput } from '../../shared/api/reviews-api';
import { AppError } from '../../shared/api/errors';
import { needsApproval } from '../../shared/domain/review-policy';
import { nextReviewDate } from '../../shared/domain/review-dates';
import { cadenceFor } from '../../shared/domain/review-policy';
import { reviewsCalendar } from '../repositories/reviews/review-calendar';
import { evaluateReviews } from '../repositories/reviews/review-evaluate';
import { inbox, inboxCounts } from '../repositories/reviews/review-inbox';
import { getPolicy, getPolicyInfo, previewPolicy, updatePolicy } from '../repositories/reviews/review-policy-repository';
import { completeReview, decideReview, listSubjectReviews, pendingApprovals, recentReviews, reviewSubject } from '../repositories/reviews/review-records';
import { loadSubject } from '../repositories/reviews/review-subjects';
import type { HandlerTable } from './handler-types';
import { suggestedReviewer } from '../repositories/reviews/review-reviewers';

type ReviewMethods =
  | 'reviews.inbox'
  | 'reviews.counts'
  | 'reviews.approvals'
  | 'reviews.recent'
  | 'reviews.list'
  | 'reviews.subject'
  | 'reviews.complete'
  | 'reviews.completeMany'
  | 'reviews.decide'
  | 'reviews.evaluate'
  | 'reviews.ics'
  | 'reviewPolicy.get'
  | 'reviewPolicy.preview'
  | 'reviewPolicy.update';

export const reviewsHandlers: Pick<HandlerTable, ReviewMethods> = {
  'reviews.inbox': (input, context) => inbox(context.db, input, context.today()),
  'reviews.counts': (input, context) => inboxCounts(context.db, input, context.today()),
  'reviews.approvals': ({ personId }, { db }) => pendingApprovals(db, personId),
  'reviews.recent': ({ personId, days, limit }, context) => recentReviews(context.db, personId, days, limit, context.today()),
  'reviews.list': ({ subjectKind, subjectId }, { db }) => listSubjectReviews(db, subjectKind, subjectId),
  'reviews.subject': ({ kind, id }, context) => reviewSubject(context.db, kind, id, context.today(), context.app.actorId()),
  'reviews.complete': (input, context) => completeReview(context.db, context.actor(), input, context.today(), context.now()),
  'reviews.completeMany': (input, context) => {
    const { db } = context;
    const policy = getPolicy(db);
    if (input.subjects.some((subject) => needsApproval(policy, subject.kind, input.outcome))) {
      throw new AppError('invalid_input', `Outcome: "${input.outcome}" needs approval under the review policy; complete those reviews one by one.`, 'outcome');
    }
    const records = input.subjects.map((ref, index) => {
      const subject = loadSubject(db, ref.kind, ref.id, context.today(), `subjects.${index}.id`);
      // Each record names the reviewer the policy's rule names for its kind (the owner by default).
      const reviewer = suggestedReviewer(db, policy[ref.kind].reviewer, subject.ownerId, context.app.actorId());
      if (!reviewer) {
        throw new AppError(
          'invalid_input',
          `Subjects: ${subject.code} has nobody the review policy names as its reviewer; complete it on its own.`,
          `subjects.${index}.id`,
        );
      }
      const completion: CompleteReviewInput = {
        subjectKind: ref.kind,
        subjectId: ref.id,
        reviewedOn: input.reviewedOn,
        reviewerId: reviewer.id,
        outcome: input.outcome,
        notes: input.notes,
        nextReviewDate: nextReviewDate(input.reviewedOn, cadenceFor(policy, { kind: ref.kind, band: subject.band, tier: subject.tier })),
        acceptedUntil: null,
      };
      return completeReview(db, context.actor(), completion, context.today(), context.now());
    });
    return { records };
  },
  'reviews.decide': (input, context) => decideReview(context.db, context.actor(), input, context.today(), context.now()),
  'reviews.evaluate': (_input, context) => evaluateReviews(context.db, context.actor(), context.today(), context.now()),
  'reviews.ics': ({ personId }, context) => reviewsCalendar(context.db, personId, context.now()),
  'reviewPolicy.get': (_input, { db }) => getPolicyInfo(db),
  'reviewPolicy.preview': ({ policy }, { db }) => previewPolicy(db, policy),
  'reviewPolicy.update': ({ policy, moveDates }, context) => updatePolicy(context.db, context.actor(), policy, moveDates, context.now()),
};
