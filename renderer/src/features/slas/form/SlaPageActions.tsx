import { Button } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { SlaDetail } from '../../../../../shared/api/slas-api';
import { useApiAction } from '../../../api/use-api-action';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';

/** Edit and Delete on the SLA page header. A refused delete (results, reviews, actions) keeps its reason in the dialog. */
export function SlaPageActions({ sla }: { sla: SlaDetail }) {
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const remove = useApiAction('slas.delete', {
    success: ({ deleted }) => `Deleted ${deleted.code} ${deleted.name}`,
    failure: null /* the dialog shows the refusal */,
  });

  const confirmDelete = async () => {
    const outcome = await remove.run({ id: sla.id });
    if (outcome.ok) navigate('/slas', { replace: true });
    return outcome;
  };

  return (
    <>
      <Button component={Link} href={`/slas/${sla.id}/edit`} variant="default" leftSection={<IconPencil size={16} />}>
        Edit
      </Button>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      {confirming && (
        <ConfirmDeleteModal
          title={`Delete ${sla.code} ${sla.name}?`}
          confirmLabel="Delete SLA"
          running={remove.running}
          onConfirm={confirmDelete}
          onClose={() => setConfirming(false)}
        >
          Only an SLA without recorded results, reviews or actions can be deleted; otherwise mark it expired to keep its record. The audit trail keeps a copy.
        </ConfirmDeleteModal>
      )}
    </>
  );
}
