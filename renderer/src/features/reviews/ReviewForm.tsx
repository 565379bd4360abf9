import { Alert, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReviewSubject } from '../../../../shared/api/reviews-api';
import { addMonths } from '../../../../shared/domain/review-dates';
import { errorBody } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { useApiQuery } from '../../api/use-api-query';
import { localToday } from '../../lib/format';
import { FormSaveBar } from '../../ui/FormSaveBar';
import { outcomeLabel } from './review-labels';
import { handlePageFormKeys } from '../../ui/page-form-keys';

interface ReviewFormProps {
  subject: ReviewSubject;
  me: { id: number; name: string } | null;
  onDone: () => void;
  onCancel: () => void;
}

const FIELDS = ['reviewedOn', 'reviewerId', 'outcome', 'notes', 'nextReviewDate', 'acceptedUntil'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Record a review: done on, reviewer, outcome (of this kind), notes, and the next review date —
 * proposed from the policy (done date + cadence), editable, and stored as chosen. The subject's key
 * values are snapshotted by the API when it is saved.
 */
export function ReviewForm({ subject, me, onDone, onCancel }: ReviewFormProps) {
  const today = localToday();
  const people = useApiQuery('people.list', {});
  const [reviewedOn, setReviewedOn] = useState(today);
  // The policy's reviewer rule picks the default (owner, named person, or a role holder — me when I hold
  // it); only when the rule finds nobody does it fall back to me, the person filling the form.
  const [reviewerId, setReviewerId] = useState<string | null>(String(subject.reviewerId ?? me?.id ?? '') || null);
  const [outcome, setOutcome] = useState<string>(subject.outcomes[0]!);
  const [notes, setNotes] = useState('');
  const [acceptedUntil, setAcceptedUntil] = useState('');
  // The next date follows the done date until the person edits it; after that it is theirs.
  const [nextEdited, setNextEdited] = useState<string | null>(null);
  const proposed = /^\d{4}-\d{2}-\d{2}$/.test(reviewedOn) ? addMonths(reviewedOn, subject.cadenceMonths) : subject.proposedNext;
  const nextReviewDate = nextEdited ?? proposed;
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const needsApproval = subject.approvalFor.includes(outcome);
  const complete = useApiAction('reviews.complete', {
    success: needsApproval ? 'Review recorded; sent for approval' : 'Review recorded; the next one is scheduled',
    failure: null,
  });
  const dirty = notes !== '' || reviewedOn !== today || nextEdited !== null || acceptedUntil !== '';

  const submit = async () => {
    setErrors({});
    setFormError(null);
    if (!reviewerId) {
      setErrors({ reviewerId: 'Reviewer: choose who did the review' });
      return;
    }
    const result = await complete.run({
      subjectKind: subject.kind,
      subjectId: subject.id,
      reviewedOn,
      reviewerId: Number(reviewerId),
      outcome,
      notes,
      nextReviewDate,
      acceptedUntil: outcome === 'accepted' ? acceptedUntil || null : null,
    });
    if (result.ok) onDone();
    else {
      const body = errorBody(result.error);
      if (body.field && (FIELDS as readonly string[]).includes(body.field)) setErrors({ [body.field]: body.message });
      else setFormError(body.message);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => handlePageFormKeys(event, { submit: () => void submit(), cancel: onCancel, saving: complete.running })}
      aria-label="Review"
    >
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h4" mb="sm">
            The review
          </Title>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label="Done on"
                withAsterisk
                max={today}
                value={reviewedOn}
                onChange={(e) => setReviewedOn(e.currentTarget.value)}
                error={errors.reviewedOn}
              />
              <Select
                label="Reviewer"
                withAsterisk
                searchable
                data={(people.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
                value={reviewerId}
                onChange={setReviewerId}
                description={
                  subject.reviewerId !== null
                    ? `The review policy names ${subject.reviewerRule}`
                    : `The review policy names ${subject.reviewerRule}, and nobody fits; choose who did it`
                }
                error={errors.reviewerId}
              />
            </SimpleGrid>
            <Radio.Group label="Outcome" withAsterisk value={outcome} onChange={setOutcome} error={errors.outcome}>
              <Stack gap={6} mt={6}>
                {subject.outcomes.map((value) => (
                  <Radio key={value} value={value} label={`${outcomeLabel(value)}${subject.approvalFor.includes(value) ? ' — needs approval' : ''}`} />
                ))}
              </Stack>
            </Radio.Group>
            {outcome === 'accepted' && (
              <TextInput
                type="date"
                label="Accepted until"
                description={`An acceptance always has an expiry: at most ${subject.acceptanceMaxMonths} months. When it passes, the risk is due for review again.`}
                withAsterisk
                value={acceptedUntil}
                onChange={(e) => setAcceptedUntil(e.currentTarget.value)}
                error={errors.acceptedUntil}
              />
            )}
            <Textarea label="Notes" rows={4} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
            <TextInput
              type="date"
              label="Next review"
              description={
                nextEdited === null
                  ? `From the policy: done date + ${subject.cadenceMonths} ${subject.cadenceMonths === 1 ? 'month' : 'months'} (counted from the day the review is done, even when late). Change it if needed.`
                  : `Set by you; the policy would give ${proposed}. It is stored as you set it and never recomputed.`
              }
              withAsterisk
              value={nextReviewDate}
              onChange={(e) => setNextEdited(e.currentTarget.value)}
              error={errors.nextReviewDate}
            />
            {needsApproval && (
              <Alert color="blue" icon={<IconUserCheck size={18} />} title="Needs approval">
                <Text size="sm">This outcome goes to the approver named in the review policy. You cannot approve your own request.</Text>
              </Alert>
            )}
            {formError && (
              <Alert color="red" title="Not recorded">
                {formError}
              </Alert>
            )}
          </Stack>
        </Paper>
        <FormSaveBar
          submitLabel={needsApproval ? 'Record and request approval' : 'Complete review'}
          saving={complete.running}
          onCancel={onCancel}
          dirty={dirty}
          cleanText="Not recorded yet"
        />
      </Stack>
    </form>
  );
}
