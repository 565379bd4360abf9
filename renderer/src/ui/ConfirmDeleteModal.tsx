import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { errorBody } from '../api/api-errors';
import type { ActionOutcome } from '../api/use-api-action';

interface ConfirmDeleteModalProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs the delete; a refusal keeps the dialog open with the API's reason in it. */
  onConfirm: () => Promise<ActionOutcome<unknown>>;
  onClose: () => void;
  running: boolean;
  /** The heading over the host's reason when it refuses, in the dialog's own terms ("Not removed"). */
  refusalTitle?: string;
}

/**
 * Ask before deleting. When the host refuses (a supplier that still has contracts), the reason
 * stays in the dialog where the person was looking, not only in a notification that fades.
 */
export function ConfirmDeleteModal({ title, children, confirmLabel, onConfirm, onClose, running, refusalTitle = 'Not deleted' }: ConfirmDeleteModalProps) {
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    const outcome = await onConfirm();
    if (outcome.ok) onClose();
    else setRefusal(errorBody(outcome.error).message);
  };

  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <Stack gap="md">
        <Text size="sm">{children}</Text>
        {refusal && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={refusalTitle}>
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {refusal ? 'Close' : 'Cancel'}
          </Button>
          {!refusal && (
            <Button color="red" onClick={confirm} loading={running}>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
