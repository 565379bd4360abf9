import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { RiskBulkUpdateInput } from '../../../../../shared/api/risks-api';
import { fieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDate, plural } from '../../../lib/format';

export type BulkChange = 'owner' | 'review';

/** "No owner" in the owner list; ids are positive, so it never clashes. */
const NOBODY = 'none';

interface BulkChangeModalProps {
  change: BulkChange;
  /** How many risks the change reaches, for the confirmation. */
  count: number;
  /** The risks, as risks.bulkUpdate takes them: their ids or the register's filter. */
  target: Pick<RiskBulkUpdateInput, 'ids' | 'filter' | 'exceptIds'>;
  onClose: () => void;
  onDone: () => void;
}

/**
 * The owner or next review date of many risks at once. The dialog is the confirmation: it says how
 * many risks change and to what before anything is written.
 */
export function BulkChangeModal({ change, count, target, onClose, onDone }: BulkChangeModalProps) {
  const people = useApiQuery('people.list', change === 'owner' ? {} : null);
  const [owner, setOwner] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [clearDate, setClearDate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = change === 'owner' ? 'ownerId' : 'nextReviewDate';
  const update = useApiAction('risks.bulkUpdate', {
    success: (result) => `Changed the ${change === 'owner' ? 'owner' : 'next review date'} of ${plural(result.updated, 'risk')}`,
    successDetail: () => 'Each change is in the audit trail.',
    failure: 'Nothing was changed',
  });
  const owners = [{ value: NOBODY, label: 'No owner (remove it)' }, ...(people.data ?? []).map((person) => ({ value: String(person.id), label: person.name }))];
  const ownerName = owners.find((option) => option.value === owner)?.label;
  const noun = plural(count, 'risk');

  const summary =
    change === 'owner'
      ? owner === null
        ? null
        : owner === NOBODY
          ? `The ${noun} will have no owner.`
          : `${ownerName} will own the ${noun}.`
      : clearDate
        ? `The ${noun} will have no next review date.`
        : date
          ? `The ${noun} will next be reviewed on ${formatDate(date)}.`
          : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input: RiskBulkUpdateInput = { ...target };
    if (change === 'owner') {
      if (owner === null) return setError('Choose the new owner, or “No owner” to remove it');
      input.ownerId = owner === NOBODY ? null : Number(owner);
    } else {
      if (!clearDate && !date) return setError('Choose a date, or tick “Remove the date” below');
      input.nextReviewDate = clearDate ? null : date;
    }
    const outcome = await update.run(input);
    if (outcome.ok) onDone();
    else setError(fieldError(outcome.error, field) ?? fieldError(outcome.error, 'ids') ?? null);
  };

  return (
    <Modal opened onClose={onClose} title={change === 'owner' ? `Change the owner of ${noun}` : `Change the next review date of ${noun}`} size="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {change === 'owner' ? (
            <Select
              label="New owner"
              withAsterisk
              data-autofocus
              searchable
              data={owners}
              value={owner}
              onChange={(value) => {
                setOwner(value);
                setError(null);
              }}
              placeholder={people.data ? 'Choose a person' : 'Loading people…'}
              nothingFoundMessage="Nobody by that name; add people in Settings › People"
              error={error}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <>
              <TextInput
                type="date"
                label="Next review date"
                withAsterisk={!clearDate}
                data-autofocus
                disabled={clearDate}
                value={date}
                onChange={(event) => {
                  setDate(event.currentTarget.value);
                  setError(null);
                }}
                error={error}
              />
              <Checkbox
                label="Remove the date instead"
                checked={clearDate}
                onChange={(event) => {
                  setClearDate(event.currentTarget.checked);
                  setError(null);
                }}
              />
            </>
          )}
          <Text size="sm" c={summary ? undefined : 'dimmed'} aria-live="polite">
            {summary ?? `This changes all ${noun} you selected, in one step.`} Each change is recorded in the audit trail.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.running}>
              Change {noun}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
