import { buildPack } from '../io/review-pack/build-pack';
import { verifyPack } from '../io/review-pack/pack-seal';
import type { HandlerTable } from './handler-types';

export const reviewPackHandlers: Pick<HandlerTable, 'managementReviews.pack' | 'managementReviews.verifyPack'> = {
  'managementReviews.pack': (input, context) => buildPack(context.db, input, context.now(), context.today()),
  'managementReviews.verifyPack': ({ contentBase64 }) => verifyPack(Buffer.from(contentBase64, 'base64')),
};
