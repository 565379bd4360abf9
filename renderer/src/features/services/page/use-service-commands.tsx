import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiCallError } from '../../../../../shared/api/client';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { useApi, useDataRevision } from '../../../api/api-context';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { notifyFailure, notifySuccess } from '../../../ui/notify';
import { serviceLabel } from '../common/service-labels';
import { contract } from '../../../../../shared/api/contract';
import { NO_DOMAIN } from '../../../../../shared/api/data-domains';

function DeleteRefused({ message, retired, onRetire, onClose }: { message: string; retired: boolean; onRetire: () => void; onClose: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {message}
        </Text>
      </Alert>
      <Text size="sm" c="dimmed">
        {retired
          ? 'It is already retired: it stays out of the live catalogue and keeps its history for audits.'
          : 'Retiring takes it out of the live catalogue and keeps its links, history and evidence for audits.'}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {retired ? 'Close' : 'Keep it as it is'}
        </Button>
        {!retired && <Button onClick={onRetire}>Retire instead</Button>}
      </Group>
    </Stack>
  );
}

/** Retire, duplicate and delete, each with the confirmation it deserves. */
export function useServiceCommands(service: ServiceDetail) {
  const api = useApi();
  const { invalidate } = useDataRevision(NO_DOMAIN);
  const [, navigate] = useLocation();
  const [deleting, setDeleting] = useState(false);
  const label = serviceLabel(service);
  const retireAction = useApiAction('services.update', { success: (updated) => `Retired ${serviceLabel(updated)}`, failure: 'Could not retire the service' });
  const duplicateAction = useApiAction('services.duplicate', {
    success: (copy) => `Duplicated as ${copy.code}`,
    successDetail: () => 'The copy is in the pipeline with the same dependencies; rename it and fill in what differs.',
    failure: 'Could not duplicate the service',
  });

  const doRetire = () => void retireAction.run({ id: service.id, lifecycle: 'retired' });

  const retire = () =>
    modals.openConfirmModal({
      title: `Retire ${label}?`,
      children: (
        <Stack gap="xs">
          <Text size="sm">It leaves the live catalogue but keeps its history, SLAs, risks and contracts. The retirement is dated in its lifecycle.</Text>
          {service.dependents.length > 0 && (
            <Text size="sm" c="orange" fw={500}>
              {plural(service.dependents.length, 'service depends', 'services depend')} on it directly; review them too.
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: 'Retire service', cancel: 'Cancel' },
      onConfirm: doRetire,
    });

  const refuse = (message: string) => {
    const modalId = modals.open({
      title: `${service.code} cannot be deleted`,
      size: 'lg',
      children: (
        <DeleteRefused
          message={message}
          retired={service.lifecycle === 'retired'}
          onClose={() => modals.close(modalId)}
          onRetire={() => {
            modals.close(modalId);
            doRetire();
          }}
        />
      ),
    });
  };

  const doDelete = async () => {
    setDeleting(true);
    try {
      const { deleted } = await api.call('services.delete', { id: service.id });
      // Leave the page first, so it does not reload a service that no longer exists.
      navigate('/services', { replace: true });
      notifySuccess(`Deleted ${serviceLabel(deleted)}`, 'The audit trail keeps a record of it.');
      invalidate([...contract['services.delete'].domains, 'audit']);
    } catch (error) {
      if (error instanceof ApiCallError && error.body.code === 'conflict') refuse(error.body.message);
      else notifyFailure('Could not delete the service', error);
    } finally {
      setDeleting(false);
    }
  };

  const remove = () =>
    modals.openConfirmModal({
      title: `Delete ${label}?`,
      children: (
        <Text size="sm">
          Deleting removes it from the catalogue for good. Services that are used by others, or have SLAs, risks, contracts or reviews, cannot be deleted:
          retire those instead.
        </Text>
      ),
      labels: { confirm: 'Delete service', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void doDelete(),
    });

  const duplicate = async () => {
    const outcome = await duplicateAction.run({ id: service.id });
    if (outcome.ok) navigate(`/services/${outcome.value.id}`);
  };

  return { retire, remove, duplicate, retiring: retireAction.running, duplicating: duplicateAction.running, deleting };
}
