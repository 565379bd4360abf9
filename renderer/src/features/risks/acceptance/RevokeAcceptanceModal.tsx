import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';

interface RevokeAcceptanceModalProps {
  riskId: number;
  riskLabel: string;
  onClose: () => void;
}

/** Withdraw an approved acceptance; the approval stays on record with the date and reason. */
export function RevokeAcceptanceModal({ riskId, riskLabel, onClose }: RevokeAcceptanceModalProps) {
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Reason is required') },
  });
  const revoke = useApiAction('risks.revokeAcceptance', { success: `Revoked the acceptance of ${riskLabel}`, failure: 'Could not revoke the acceptance' });

  const submit = form.onSubmit(async ({ reason }) => {
    const outcome = await revoke.run({ riskId, reason });
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, ['reason']);
  });

  return (
    <Modal opened onClose={onClose} title="Revoke the acceptance?" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{riskLabel} will need treatment or a new approval. The approval stays on record, marked revoked.</Text>
          <Textarea label="Reason" withAsterisk data-autofocus rows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={revoke.running}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
