import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../../../shared/api/contract';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { labelledResolver } from '../../../lib/form-resolver';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { useTeamStatus } from '../team-status-context';

const resolver = labelledResolver(contract['team.changeSavedPassword'].input, { password: 'Password' });

/**
 * "Enter a new password": the publisher set a new password for this member's role, so this copy's
 * saved one is refused. The new one is checked against the team database before it is kept.
 */
export function SavedPasswordModal({ role, onClose }: { role: string; onClose: () => void }) {
  const { reload } = useTeamStatus();
  const form = useForm({ initialValues: { password: '' }, validate: (values) => resolver(values) });
  const [failure, setFailure] = useState<unknown>(null);
  const save = useApiAction('team.changeSavedPassword', {
    success: (status) => (status.connection === 'online' ? 'New password saved; synced with the team' : 'New password saved'),
    successDetail: (status) => status.problem,
    failure: null,
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const outcome = await save.run(values);
    reload();
    if (outcome.ok) onClose();
    else if (!showFieldError(form, outcome.error, ['password'])) setFailure(outcome.error);
  });

  return (
    <Modal opened onClose={onClose} title="Enter a new password" size="lg">
      <form onSubmit={submit} noValidate aria-label="Enter a new password" aria-busy={save.running || undefined}>
        <Stack gap="md">
          <Text size="sm">
            When the person who published the team workspace sets a new password for your role <strong>{role}</strong>, type it here. It is checked against the
            team database, then kept on this computer (never in the workspace file).
          </Text>
          <PasswordInput
            label="Password"
            withAsterisk
            autoComplete="current-password"
            data-autofocus
            disabled={save.running}
            maw={420}
            {...form.getInputProps('password')}
          />
          {failure !== null && <ErrorPanel title="The password was not saved" error={failure} p="md" />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={save.running}>
              Cancel
            </Button>
            <Button type="submit" loading={save.running}>
              Save and sync
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
