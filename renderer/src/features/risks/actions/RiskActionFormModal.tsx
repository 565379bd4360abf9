import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { TextField } from '../../../ui/TextFields';
import { useForm } from '@mantine/form';
import type { Person } from '../../../../../shared/api/people-api';
import { RISK_ACTION_STATUSES, riskActionCreateSchema, type RiskAction, type RiskActionStatus } from '../../../../../shared/api/risks-api';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { labelledResolver } from '../../../lib/form-resolver';
import { ACTION_STATUS_LABEL } from '../common/risk-labels';
import { ACTION_FIELD_LABELS } from '../../../../../shared/entity/action-entity';

export interface ActionFormValues {
  title: string;
  description: string;
  ownerId: number | null;
  dueDate: string;
  status: RiskActionStatus;
  progressNotes: string;
}

/** The action descriptor's labels: the same words as the actions list and the history. */
const LABELS: Record<keyof ActionFormValues, string> = ACTION_FIELD_LABELS;
const FIELDS = Object.keys(LABELS);
const resolver = labelledResolver(riskActionCreateSchema, LABELS);

export function actionValues(action: RiskAction | null, ownerId: number | null): ActionFormValues {
  return {
    title: action?.title ?? '',
    description: action?.description ?? '',
    ownerId: action ? action.ownerId : ownerId,
    dueDate: action?.dueDate ?? '',
    status: action?.status ?? 'open',
    progressNotes: action?.progressNotes ?? '',
  };
}

interface RiskActionFormModalProps {
  riskId: number;
  riskCode: string;
  /** The action to edit; null to add one. */
  action: RiskAction | null;
  people: Person[];
  /** The owner a new action starts with (the risk's owner). */
  defaultOwnerId: number | null;
  onClose: () => void;
}

/** Add or edit a treatment action; the API's refusals appear under the field they name. */
export function RiskActionFormModal({ riskId, riskCode, action, people, defaultOwnerId, onClose }: RiskActionFormModalProps) {
  const form = useForm<ActionFormValues>({
    initialValues: actionValues(action, defaultOwnerId),
    validate: (values) => resolver({ ...values, riskId }),
  });
  const create = useApiAction('riskActions.create', { success: (created) => `Added the action "${created.title}"`, failure: 'Could not add the action' });
  const update = useApiAction('riskActions.update', { success: (saved) => `Saved the action "${saved.title}"`, failure: 'Could not save the action' });

  const submit = form.onSubmit(async (values) => {
    const outcome = action ? await update.run({ id: action.id, ...values }) : await create.run({ riskId, ...values });
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, FIELDS);
  });

  const ownerOptions = people.filter((person) => person.active || person.id === action?.ownerId).map((person) => ({ value: person.id, label: person.name }));

  return (
    <Modal opened onClose={onClose} title={action ? `Edit the action of ${riskCode}` : `Add an action to ${riskCode}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextField
            label={LABELS.title}
            withAsterisk
            maxLength={200}
            data-autofocus
            placeholder="e.g. Enable immutable backups of the file servers"
            {...form.getInputProps('title')}
          />
          <Textarea
            label={LABELS.description}
            description="What will be done and how it reduces the risk"
            rows={3}
            resize="vertical"
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select<number>
              label={LABELS.ownerId}
              placeholder="Nobody yet"
              data={ownerOptions}
              searchable
              clearable
              value={form.getValues().ownerId}
              onChange={(value) => form.setFieldValue('ownerId', value ?? null)}
              error={form.errors.ownerId}
            />
            <TextInput type="date" label={LABELS.dueDate} {...form.getInputProps('dueDate')} />
            <Select
              label={LABELS.status}
              data={RISK_ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABEL[status] }))}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Textarea
            label={LABELS.progressNotes}
            description="Dated notes on how it is going"
            rows={4}
            resize="vertical"
            {...form.getInputProps('progressNotes')}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running || update.running}>
              {action ? 'Save' : 'Add action'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
