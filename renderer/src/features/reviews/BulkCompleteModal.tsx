import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { InboxItem } from '../../../../shared/api/reviews-api';
import { REVIEW_OUTCOMES, type ReviewSubjectKind } from '../../../../shared/domain/review-policy';
import { fieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { localToday } from '../../lib/format';
import { outcomeLabel } from './review-labels';

interface BulkCompleteModalProps {
  items: InboxItem[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** The outcomes every chosen kind can record: a bulk review gives them all the same one. */
export function sharedOutcomes(kinds: readonly ReviewSubjectKind[]): string[] {
  const [first, ...rest] = [...new Set(kinds)];
  if (!first) return [];
  // "Accepted until …" needs a date per risk and approval: never in bulk.
  return (REVIEW_OUTCOMES[first] as readonly string[]).filter(
    (outcome) => outcome !== 'accepted' && rest.every((kind) => (REVIEW_OUTCOMES[kind] as readonly string[]).includes(outcome)),
  );
}

/**
 * Complete several reviews at once (typically the low-band risks of the month) with one outcome
 * and note. Each subject still gets its own record, snapshot and policy next date; an outcome
 * that needs approval is refused by the API with the reason shown here.
 */
export function BulkCompleteModal({ items, opened, onClose, onDone }: BulkCompleteModalProps) {
  const today = localToday();
  const outcomes = sharedOutcomes(items.map((item) => item.kind));
  const [outcome, setOutcome] = useState<string | null>(outcomes[0] ?? null);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const complete = useApiAction('reviews.completeMany', {
    success: (result) => `${result.records.length} review${result.records.length === 1 ? '' : 's'} completed`,
    successDetail: () => 'Each has its own record, and its next review is planned from the policy.',
    failure: null,
  });
  const chosen = outcome && outcomes.includes(outcome) ? outcome : null;
  const submit = async () => {
    if (!chosen) return;
    const result = await complete.run({ subjects: items.map((item) => ({ kind: item.kind, id: item.subjectId })), reviewedOn, outcome: chosen, notes });
    if (result.ok) {
      setNotes('');
      setError(null);
      onDone();
    } else setError(result.error);
  };
  const dateError = error ? fieldError(error, 'reviewedOn') : null;
  const otherError = error && !dateError ? ((error as { body?: { message?: string } }).body?.message ?? String(error)) : null;
  return (
    <Modal opened={opened} onClose={onClose} title={`Complete ${items.length} review${items.length === 1 ? '' : 's'}`} size="lg">
      <Stack>
        <Text size="sm">
          {items
            .slice(0, 8)
            .map((item) => item.code)
            .join(', ')}
          {items.length > 8 ? ` and ${items.length - 8} more` : ''}
        </Text>
        {outcomes.length === 0 ? (
          <Alert color="yellow" title="No outcome fits all of them">
            These kinds of review have no outcome in common. Choose reviews of one kind.
          </Alert>
        ) : (
          <Select
            label="Outcome"
            withAsterisk
            allowDeselect={false}
            data={outcomes.map((value) => ({ value, label: outcomeLabel(value) }))}
            value={chosen}
            onChange={setOutcome}
          />
        )}
        <TextInput
          type="date"
          label="Done on"
          withAsterisk
          max={today}
          value={reviewedOn}
          onChange={(event) => setReviewedOn(event.currentTarget.value)}
          error={dateError}
        />
        <Textarea label="Notes" description="Recorded on every review." rows={3} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
        {otherError && (
          <Alert color="red" title="Nothing was completed">
            {otherError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!chosen} loading={complete.running} onClick={() => void submit()}>
            Complete {items.length}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
