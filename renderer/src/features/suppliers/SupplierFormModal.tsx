import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/api/contract';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { useApiQuery } from '../../api/use-api-query';
import { labelledResolver } from '../../lib/form-resolver';
import { supplierFieldLabels } from '../../../../shared/entity/supplier-entity';

const resolver = labelledResolver(contract['suppliers.create'].input, supplierFieldLabels);
const FIELDS = Object.keys(supplierFieldLabels);

interface SupplierFormModalProps {
  /** The supplier to edit; null to add one. */
  supplier: Supplier | null;
  onClose: () => void;
  /** Called with the new supplier after an add (e.g. to open its page). */
  onCreated?: (supplier: Supplier) => void;
}

/** Add or edit a supplier; a name already in use is reported under the name. */
export function SupplierFormModal({ supplier, onClose, onCreated }: SupplierFormModalProps) {
  const form = useForm({
    initialValues: {
      name: supplier?.name ?? '',
      contact: supplier?.contact ?? '',
      notes: supplier?.notes ?? '',
      managerId: supplier?.managerId ?? null,
      nextReviewDate: supplier?.nextReviewDate ?? '',
    },
    validate: resolver,
  });
  const people = useApiQuery('people.list', { includeInactive: true });
  // Inactive people are not offered, except the manager already set (so the form shows who it is).
  const managerOptions = (people.data ?? [])
    .filter((person) => person.active || person.id === supplier?.managerId)
    .map((person) => ({ value: String(person.id), label: person.active ? person.name : `${person.name} (inactive)` }));
  const create = useApiAction('suppliers.create', { success: (created) => `Added ${created.name}`, failure: 'Could not add the supplier' });
  const update = useApiAction('suppliers.update', { success: (updated) => `Saved ${updated.name}`, failure: 'Could not save the supplier' });

  const submit = form.onSubmit(async (values) => {
    const outcome = supplier ? await update.run({ id: supplier.id, ...values }) : await create.run(values);
    if (outcome.ok) {
      onClose();
      if (!supplier) onCreated?.(outcome.value);
    } else {
      showFieldError(form, outcome.error, FIELDS);
    }
  });

  return (
    <Modal opened onClose={onClose} title={supplier ? `Edit ${supplier.name}` : 'Add a supplier'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label={supplierFieldLabels.name} withAsterisk data-autofocus placeholder="e.g. Halcyon Networks plc" {...form.getInputProps('name')} />
          <TextInput
            label={supplierFieldLabels.contact}
            description="Who to call: account manager, service desk number or email"
            placeholder="e.g. Service desk 0800 555 0199, noc@halcyon.example"
            {...form.getInputProps('contact')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={supplierFieldLabels.managerId}
              description="Manages the relationship and reviews the supplier"
              placeholder={people.data ? 'Pick a person' : 'Loading people…'}
              data={managerOptions}
              searchable
              clearable
              nothingFoundMessage="Nobody by that name; add people in Settings"
              value={form.values.managerId === null ? null : String(form.values.managerId)}
              onChange={(value) => form.setFieldValue('managerId', value === null ? null : Number(value))}
              error={form.errors.managerId}
            />
            <TextInput
              type="date"
              label={supplierFieldLabels.nextReviewDate}
              description={supplier ? 'When their performance is next reviewed' : 'Left empty, the review policy plans it'}
              {...form.getInputProps('nextReviewDate')}
            />
          </SimpleGrid>
          <Textarea
            label={supplierFieldLabels.notes}
            description="What they supply, how performance is reviewed, escalation routes"
            // Autosize needs document.fonts, which the component tests' DOM lacks; a height the person can drag serves as well.
            rows={4}
            resize="vertical"
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running || update.running}>
              {supplier ? 'Save' : 'Add supplier'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
