import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { contract } from '../../../../../shared/api/contract';
import type { Person } from '../../../../../shared/api/people-api';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { labelledResolver } from '../../../lib/form-resolver';

// The API's own person schema, plus the "active" switch of the edit form.
const resolver = labelledResolver(contract['people.create'].input.extend({ active: z.boolean() }), {
  name: 'Name',
  email: 'Email',
  role: 'Role',
});

interface PersonFormModalProps {
  /** The person to edit; null to add someone. */
  person: Person | null;
  opened: boolean;
  onClose: () => void;
}

/** Add or edit a person. The API's messages (a name already taken, say) appear under the field they concern. */
export function PersonFormModal({ person, opened, onClose }: PersonFormModalProps) {
  const form = useForm({
    initialValues: { name: person?.name ?? '', email: person?.email ?? '', role: person?.role ?? '', active: person?.active ?? true },
    validate: resolver,
  });
  const create = useApiAction('people.create', { success: (created) => `Added ${created.name}`, failure: 'Could not add the person' });
  const update = useApiAction('people.update', { success: (updated) => `Saved ${updated.name}`, failure: 'Could not save the person' });

  const submit = form.onSubmit(async (values) => {
    const outcome = person
      ? await update.run({ id: person.id, name: values.name, email: values.email, role: values.role, active: values.active })
      : await create.run({ name: values.name, email: values.email, role: values.role });
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, ['name', 'email', 'role', 'active']);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={person ? `Edit ${person.name}` : 'Add a person'} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" withAsterisk data-autofocus placeholder="e.g. Priya Shah" {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" placeholder="name@example.org" {...form.getInputProps('email')} />
          <TextInput label="Role" placeholder="e.g. Service owner, Head of IT" {...form.getInputProps('role')} />
          {person && (
            <Switch
              label="Active"
              description="Inactive people stay on past records but are not offered as owners or reviewers."
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.running || update.running}>
              {person ? 'Save' : 'Add person'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
