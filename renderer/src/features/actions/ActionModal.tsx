import { Button, Group, Input, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Person } from '../../../../shared/api/people-api';
import { ACTION_STATUSES, type ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { localToday } from '../../lib/format';
import { confirmDiscard } from '../../ui/use-unsaved-guard';
import { ActionLinks } from './ActionLinks';
import { ACTION_FIELDS, actionValues, toUpdateInput, validateAction, type ActionFormValues } from './action-form-values';
import { ACTION_STATUS_LABEL } from './action-labels';
import { ACTION_FIELD_LABELS as LABEL } from '../../../../shared/entity/action-entity';

interface ActionModalProps {
  action: ActionSummary;
  people: Person[];
  onClose: () => void;
}

/** Follow an action up: status, owner, due date and progress notes. Marking it done records the day. */
export function ActionModal({ action, people, onClose }: ActionModalProps) {
  const today = localToday();
  const form = useForm<ActionFormValues>({ initialValues: actionValues(action), validate: (values) => validateAction(values, today) });
  const update = useApiAction('actions.update', { success: (saved) => `Saved ${saved.title}`, failure: 'Could not save the action' });
  const values = form.getValues();
  const dirty = form.isDirty();

  const close = () => (dirty ? confirmDiscard(onClose, 'The changes you made to this action have not been saved.') : onClose());
  const submit = form.onSubmit(async (submitted) => {
    if (!dirty) return onClose();
    const outcome = await update.run(toUpdateInput(action.id, submitted, form.getInitialValues()));
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, [...ACTION_FIELDS]);
  });
  const ownerOptions = people
    .filter((person) => person.active || person.id === action.ownerId)
    .map((person) => ({ value: String(person.id), label: person.active ? person.name : `${person.name} (inactive)` }));

  return (
    <Modal opened onClose={close} title={action.title} size="lg" styles={{ title: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
      <form onSubmit={submit} noValidate aria-label={`Action ${action.title}`}>
        <Stack gap="md">
          <Stack gap={4}>
            <ActionLinks action={action} />
            {action.description && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {action.description}
              </Text>
            )}
          </Stack>
          <Input.Wrapper label={LABEL.status} error={form.errors.status}>
            <SegmentedControl
              mt={6}
              fullWidth
              aria-label={LABEL.status}
              data={ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABEL[status] }))}
              value={values.status}
              onChange={(value) => form.setFieldValue('status', value as ActionFormValues['status'])}
            />
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={LABEL.ownerId}
              placeholder="Nobody yet"
              data={ownerOptions}
              searchable
              clearable
              nothingFoundMessage="Nobody by that name"
              value={values.ownerId === null ? null : String(values.ownerId)}
              onChange={(value) => form.setFieldValue('ownerId', value === null ? null : Number(value))}
              error={form.errors.ownerId}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput type="date" label={LABEL.dueDate} {...form.getInputProps('dueDate')} />
          </SimpleGrid>
          {values.status === 'done' && (
            <TextInput
              type="date"
              label="Completed on"
              description={action.status === 'done' ? 'The day it was finished' : 'Leave empty for today'}
              max={today}
              w={220}
              {...form.getInputProps('completedOn')}
            />
          )}
          <Textarea
            label={LABEL.progressNotes}
            description="What has been done so far, what is in the way"
            rows={4}
            resize="vertical"
            data-autofocus
            {...form.getInputProps('progressNotes')}
          />
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              Every change is recorded in the audit trail.
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={update.running}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
