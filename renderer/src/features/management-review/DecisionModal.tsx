import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReviewDecision } from '../../../../shared/api/management-reviews-api';
import type { Person } from '../../../../shared/api/people-api';
import { DECISION_TYPE_LABELS, DECISION_TYPES, type DecisionType } from '../../../../shared/management-review/review-entity';
import { SECTIONS, type SectionKey } from '../../../../shared/management-review/sections';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';

interface Values {
  type: DecisionType;
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string;
  inputKey: string | null;
}

/** Add or change a decision; it is tracked as an action in the Actions list. */
export function DecisionModal({
  reviewId,
  decision,
  people,
  onClose,
}: {
  reviewId: number;
  decision: ReviewDecision | null;
  people: Person[];
  onClose: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      type: decision?.type ?? 'action',
      title: decision?.title ?? '',
      description: decision?.description ?? '',
      ownerId: decision?.ownerId ? String(decision.ownerId) : null,
      dueDate: decision?.dueDate ?? '',
      inputKey: decision?.inputKey ?? null,
    },
    validate: { title: (v) => (v.trim() ? null : 'is required') },
  });
  const save = useApiAction('managementReviews.saveDecision', {
    success: decision ? 'Decision saved' : 'Decision added',
    failure: 'Could not save the decision',
  });
  const submit = form.onSubmit(async (v) => {
    const outcome = await save.run({
      reviewId,
      ...(decision ? { id: decision.id } : {}),
      type: v.type,
      title: v.title,
      description: v.description,
      ownerId: v.ownerId ? Number(v.ownerId) : null,
      dueDate: v.dueDate || null,
      inputKey: (v.inputKey as SectionKey | null) ?? null,
    });
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, ['type', 'title', 'description', 'ownerId', 'dueDate', 'inputKey']);
  });
  return (
    <Modal opened onClose={onClose} title={decision ? 'Edit decision' : 'Add a decision'} size="lg">
      <form onSubmit={submit} noValidate aria-label="Decision">
        <Stack gap="md">
          <Select
            label="Type"
            data={DECISION_TYPES.map((t) => ({ value: t, label: DECISION_TYPE_LABELS[t] }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label="Decision" required {...form.getInputProps('title')} />
          <Textarea label="Details" rows={3} resize="vertical" {...form.getInputProps('description')} />
          <SimpleGrid cols={2}>
            <Select
              label="Owner"
              data={people.filter((p) => p.active).map((p) => ({ value: String(p.id), label: p.name }))}
              searchable
              clearable
              {...form.getInputProps('ownerId')}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput type="date" label="Due date" {...form.getInputProps('dueDate')} />
          </SimpleGrid>
          <Select
            label="From the input"
            data={SECTIONS.map((s) => ({ value: s.key, label: `${s.title} (${s.clause})` }))}
            clearable
            {...form.getInputProps('inputKey')}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.running}>
              {decision ? 'Save' : 'Add decision'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
