import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/api/contract';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { showFieldError } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { labelledResolver } from '../../lib/form-resolver';

const resolver = labelledResolver(contract['suppliers.create'].input, { name: 'Name', contact: 'Contact', notes: 'Notes' });

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
    initialValues: { name: supplier?.name ?? '', contact: supplier?.contact ?? '', notes: supplier?.notes ?? '' },
    validate: resolver,
  });
  const create = useApiAction('suppliers.create', { success: (created) => `Added ${created.name}`, failure: 'Could not add the supplier' });
  const update = useApiAction('suppliers.update', { success: (updated) => `Saved ${updated.name}`, failure: 'Could not save the supplier' });

  const submit = form.onSubmit(async (values) => {
    const outcome = supplier ? await update.run({ id: supplier.id, ...values }) : await create.run(values);
    if (outcome.ok) {
      onClose();
      if (!supplier) onCreated?.(outcome.value);
    } else {
      showFieldError(form, outcome.error, ['name', 'contact', 'notes']);
    }
  });

  return (
    <Modal opened onClose={onClose} title={supplier ? `Edit ${supplier.name}` : 'Add a supplier'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" withAsterisk data-autofocus placeholder="e.g. Halcyon Networks plc" {...form.getInputProps('name')} />
          <TextInput
            label="Contact"
            description="Who to call: account manager, service desk number or email"
            placeholder="e.g. Service desk 0800 555 0199, noc@halcyon.example"
            {...form.getInputProps('contact')}
          />
          <Textarea
            label="Notes"
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
