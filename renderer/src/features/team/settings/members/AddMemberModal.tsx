import { Button, Group, Modal, PasswordInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { addMemberInput } from '../../../../../../shared/api/team-api';
import type { NewTeamMemberInput } from '../../../../../../shared/team/team-types';
import { showFieldError } from '../../../../api/api-errors';
import { useApiAction } from '../../../../api/use-api-action';
import { labelledResolver } from '../../../../lib/form-resolver';
import { ErrorPanel } from '../../../../ui/ErrorPanel';
import { ACCESS_CHOICES, type PersonOption } from './member-words';

interface AddMemberValues {
  role: string;
  password: string;
  access: 'edit' | 'read';
  /** The Select's value: a person id as text, or null. */
  personId: string | null;
}

const LABELS = { role: 'Role name', password: 'Password', access: 'Access', personId: 'Person', displayName: 'Name' };
const resolver = labelledResolver(addMemberInput, LABELS);

/** The form's values as the API takes them: an empty password is "the role exists already". */
function toInput(values: AddMemberValues): NewTeamMemberInput {
  return {
    role: values.role.trim(),
    access: values.access,
    personId: values.personId === null ? null : Number(values.personId),
    ...(values.password === '' ? {} : { password: values.password }),
  };
}

/** "Add member": a PostgreSQL login role for a colleague, their access and the person record they are. */
export function AddMemberModal({ people, onClose }: { people: PersonOption[]; onClose: () => void }) {
  const form = useForm<AddMemberValues>({
    initialValues: { role: '', password: '', access: 'edit', personId: null },
    validate: (values) => resolver(toInput(values)),
  });
  const [failure, setFailure] = useState<unknown>(null);
  const add = useApiAction('team.addMember', {
    success: (member) => `${member.displayName} is now a member`,
    successDetail: (member) => `Give them the password and the connection string with the role ${member.role}.`,
    failure: null,
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const outcome = await add.run(toInput(values));
    if (outcome.ok) onClose();
    else if (!showFieldError(form, outcome.error, ['role', 'password', 'access', 'personId'])) setFailure(outcome.error);
  });

  return (
    <Modal opened onClose={onClose} title="Add a member" size="lg">
      <form onSubmit={submit} noValidate aria-label="Add a member" aria-busy={add.running || undefined}>
        <Stack gap="md">
          <TextInput
            label="Role name"
            withAsterisk
            description="The PostgreSQL role they log in as: lowercase letters, digits and underscores, starting with a letter (e.g. sam or j_smith)."
            placeholder="e.g. sam"
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            disabled={add.running}
            {...form.getInputProps('role')}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters. You give it to the person with the connection string; they can change it later. Leave it empty to add a role that already exists on this server (it keeps its password)."
            autoComplete="new-password"
            disabled={add.running}
            maw={420}
            {...form.getInputProps('password')}
          />
          <Radio.Group label="Access" withAsterisk {...form.getInputProps('access')}>
            <Stack gap="xs" mt={6}>
              {ACCESS_CHOICES.map((choice) => (
                <Radio key={choice.value} value={choice.value} label={choice.label} description={choice.description} disabled={add.running} />
              ))}
            </Stack>
          </Radio.Group>
          <Select
            label="Person"
            description="Who this is in the workspace: their changes are recorded against this person, and approvals hold between real people."
            placeholder={people.length === 0 ? 'Nobody has been added to People yet' : 'Not linked yet'}
            data={people.map((person) => ({ value: String(person.id), label: person.name }))}
            searchable
            clearable
            nothingFoundMessage="Nobody of that name"
            disabled={add.running}
            maw={420}
            {...form.getInputProps('personId')}
          />
          {failure !== null && <ErrorPanel title="The member was not added" error={failure} p="md" />}
          <Group justify="flex-end" gap="sm">
            {add.running && (
              <Text size="sm" c="dimmed" role="status">
                Creating the role in the team database…
              </Text>
            )}
            <Button variant="default" onClick={onClose} disabled={add.running}>
              Cancel
            </Button>
            <Button type="submit" loading={add.running}>
              Add member
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
