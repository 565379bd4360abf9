import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ReviewRecord } from '../../../../shared/api/reviews-api';
import { fieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { formatDate } from '../../lib/format';
import { kindLabel, outcomeLabel } from './review-labels';

interface DecisionModalProps {
  record: ReviewRecord | null;
  decision: 'approved' | 'rejected';
  onClose: () => void;
}

/** Approve or reject a review waiting for approval, with a comment (required to reject). */
export function DecisionModal({ record, decision, onClose }: DecisionModalProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const decide = useApiAction('reviews.decide', {
    success: decision === 'approved' ? 'Approved' : 'Rejected; the review is due again',
    failure: null,
  });
  const approving = decision === 'approved';
  const submit = async () => {
    if (!record) return;
    const outcome = await decide.run({ reviewId: record.id, decision, comment });
    if (outcome.ok) {
      setComment('');
      setError(null);
      onClose();
    } else setError(outcome.error);
  };
  const commentError = error ? fieldError(error, 'comment') : null;
  const otherError = error && !commentError ? ((error as { body?: { message?: string } }).body?.message ?? String(error)) : null;
  return (
    <Modal opened={record !== null} onClose={onClose} title={approving ? 'Approve the review' : 'Reject the review'} size="lg">
      {record && (
        <Stack>
          <Text size="sm">
            {kindLabel(record.subjectKind)} <b>{record.subjectCode}</b> {record.subjectCode !== record.subjectTitle ? record.subjectTitle : ''} — outcome{' '}
            <b>{outcomeLabel(record.outcome)}</b>
            {record.acceptedUntil ? ` until ${formatDate(record.acceptedUntil)}` : ''}, reviewed by {record.reviewerName ?? 'unknown'} on{' '}
            {formatDate(record.reviewedOn)}.
          </Text>
          {record.notes && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {record.notes}
            </Text>
          )}
          <Textarea
            label="Comment"
            description={approving ? 'Optional: conditions or reasons.' : 'Say why, so the reviewer knows what to change.'}
            required={!approving}
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={commentError}
            data-autofocus
          />
          {otherError && (
            <Alert color="red" title={approving ? 'Not approved' : 'Not rejected'}>
              {otherError}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color={approving ? 'green' : 'red'} loading={decide.running} onClick={() => void submit()}>
              {approving ? 'Approve' : 'Reject'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
