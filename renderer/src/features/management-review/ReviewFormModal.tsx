import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ManagementReview } from '../../../../shared/api/management-reviews-api';
import type { Person } from '../../../../shared/api/people-api';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';

interface Values {
  title: string;
  periodFrom: string;
  periodTo: string;
  meetingDate: string;
  chairId: string | null;
  preparerId: string | null;
  attendeeIds: string[];
  independentChair: boolean;
}

const FIELDS = ['title', 'periodFrom', 'periodTo', 'meetingDate', 'chairId', 'preparerId', 'attendeeIds', 'independentChair'];

/** Plan a review, or change a planned / in-preparation one. */
export function ReviewFormModal({
  review,
  people,
  onClose,
  onSaved,
}: {
  review: ManagementReview | null;
  people: Person[];
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      title: review?.title ?? '',
      periodFrom: review?.periodFrom ?? '',
      periodTo: review?.periodTo ?? '',
      meetingDate: review?.meetingDate ?? '',
      chairId: review?.chairId ? String(review.chairId) : null,
      preparerId: review?.preparerId ? String(review.preparerId) : null,
      attendeeIds: (review?.attendeeIds ?? []).map(String),
      independentChair: review?.independentChair ?? true,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'is required'),
      periodFrom: (v) => (v ? null : 'is required'),
      periodTo: (v, all) => (!v ? 'is required' : all.periodFrom && v < all.periodFrom ? 'must not be before the start of the period' : null),
    },
  });
  const create = useApiAction('managementReviews.create', { success: (r) => `Planned ${r.title}`, failure: 'Could not plan the review' });
  const update = useApiAction('managementReviews.update', { success: (r) => `Saved ${r.title}`, failure: 'Could not save the review' });
  const options = people.filter((p) => p.active).map((p) => ({ value: String(p.id), label: p.name }));
  const submit = form.onSubmit(async (v) => {
    const values = {
      title: v.title,
      periodFrom: v.periodFrom,
      periodTo: v.periodTo,
      meetingDate: v.meetingDate || null,
      chairId: v.chairId ? Number(v.chairId) : null,
      preparerId: v.preparerId ? Number(v.preparerId) : null,
      attendeeIds: v.attendeeIds.map(Number),
      independentChair: v.independentChair,
    };
    const outcome = review ? await update.run({ id: review.id, ...values }) : await create.run(values);
    if (outcome.ok) onSaved(outcome.value.id);
    else showFieldError(form, outcome.error, FIELDS);
  });
  return (
    <Modal opened onClose={onClose} title={review ? 'Edit management review' : 'Plan a management review'} size="lg">
      <form onSubmit={submit} noValidate aria-label="Management review">
        <Stack gap="md">
          <TextInput label="Title" placeholder="Q1 2027 management review" required {...form.getInputProps('title')} />
          <SimpleGrid cols={3}>
            <TextInput type="date" label="Period from" required {...form.getInputProps('periodFrom')} />
            <TextInput type="date" label="Period to" required {...form.getInputProps('periodTo')} />
            <TextInput type="date" label="Meeting date" {...form.getInputProps('meetingDate')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select label="Chair" data={options} searchable clearable {...form.getInputProps('chairId')} comboboxProps={{ withinPortal: true }} />
            <Select label="Prepared by" data={options} searchable clearable {...form.getInputProps('preparerId')} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
          <MultiSelect label="Attendees" data={options} searchable {...form.getInputProps('attendeeIds')} comboboxProps={{ withinPortal: true }} />
          <Checkbox
            label="The chair must not be the preparer (sign-off by someone independent)"
            {...form.getInputProps('independentChair', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running || update.running}>
              {review ? 'Save' : 'Plan review'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
