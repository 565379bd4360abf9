import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { setMemberPasswordInput } from '../../../../../../shared/api/team-api';
import type { TeamMemberView } from '../../../../../../shared/team/team-types';
import { showFieldError } from '../../../../api/api-errors';
import { useApiAction } from '../../../../api/use-api-action';
import { labelledResolver } from '../../../../lib/form-resolver';
import { ErrorPanel } from '../../../../ui/ErrorPanel';

interface SetPasswordValues {
  password: string;
  confirm: string;
}

const LABELS = { password: 'New password', role: 'Role' };
const resolver = labelledResolver(setMemberPasswordInput, LABELS);

/**
 * The same checks as the API (length), plus the one only a form has: the password typed twice
 * matches, since nobody can read it back once it is set.
 */
function validate(role: string, values: SetPasswordValues) {
  const errors = resolver({ role, password: values.password });
  if (values.confirm === '') errors.confirm = 'Confirmation is required: type the new password again';
  else if (values.confirm !== values.password) errors.confirm = 'Confirmation does not match the new password';
  return errors;
}

/**
 * "Set password": the publisher gives a member's role a new password (a forgotten one, or one
 * that got out). The old password is refused from then on.
 */
export function SetPasswordModal({ member, onClose }: { member: TeamMemberView; onClose: () => void }) {
  const form = useForm<SetPasswordValues>({
    initialValues: { password: '', confirm: '' },
    validate: (values) => validate(member.role, values),
  });
  const [failure, setFailure] = useState<unknown>(null);
  const set = useApiAction('team.setMemberPassword', {
    success: (changed) => `New password set for ${changed.displayName}`,
    successDetail: (changed) =>
      changed.isYou ? 'This computer uses it from now on.' : `Give it to them: the role ${changed.role} logs in with it from now on.`,
    failure: null,
  });
  const who = `${member.displayName} (${member.role})`;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const outcome = await set.run({ role: member.role, password: values.password });
    if (outcome.ok) onClose();
    else if (!showFieldError(form, outcome.error, ['password'])) setFailure(outcome.error);
  });

  return (
    <Modal opened onClose={onClose} title={`Set a new password for ${who}`} size="lg">
      <form onSubmit={submit} noValidate aria-label={`Set a new password for ${who}`} aria-busy={set.running || undefined}>
        <Stack gap="md">
          <Text size="sm">
            {member.isYou
              ? 'Your role logs in with the new password from now on; this computer keeps it for syncing.'
              : `The role ${member.role} logs in with the new password from now on, and the old one is refused. Give it to ${member.displayName}.`}{' '}
            The role is the same wherever it logs in on this PostgreSQL server.
          </Text>
          <PasswordInput
            label="New password"
            withAsterisk
            description="At least 12 characters, without the role name."
            autoComplete="new-password"
            data-autofocus
            disabled={set.running}
            maw={420}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Confirm the new password"
            withAsterisk
            description="Type it again: nobody can read it back once it is set."
            autoComplete="new-password"
            disabled={set.running}
            maw={420}
            {...form.getInputProps('confirm')}
          />
          {failure !== null && <ErrorPanel title="The password was not changed" error={failure} p="md" />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={set.running}>
              Cancel
            </Button>
            <Button type="submit" loading={set.running}>
              Set password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
