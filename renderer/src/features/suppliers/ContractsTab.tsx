import { Button, EmptyState, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarCheck, IconFilePlus, IconFileText } from '@tabler/icons-react';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { ContractsTable } from './ContractsTable';
import { ENDING_SOON_DAYS, contractStatus } from './contract-status';
import { ListPlaceholder } from './ListPlaceholder';
import { useContractDialogs } from './use-contract-dialogs';
import { useQueryParam } from './use-query-param';

/** Suppliers › Contracts & OLAs: every agreement the services rely on, soonest ending first. */
export function ContractsTab() {
  const [ending, setEnding] = useQueryParam('ending');
  const [focus] = useQueryParam('focus');
  const endingSoon = ending === String(ENDING_SOON_DAYS);
  const contracts = useApiQuery('contracts.list', endingSoon ? { endingWithinDays: ENDING_SOON_DAYS } : {});
  const dialogs = useContractDialogs();
  const rows = contracts.data ?? [];
  const soon = rows.filter((contract) => contractStatus(contract.daysToEnd).kind === 'ending').length;
  const ended = rows.filter((contract) => contractStatus(contract.daysToEnd).kind === 'ended').length;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label="Show"
          value={endingSoon ? 'ending' : 'all'}
          onChange={(value) => setEnding(value === 'ending' ? String(ENDING_SOON_DAYS) : null)}
          data={[
            { value: 'all', label: 'All contracts' },
            { value: 'ending', label: `Ending within ${ENDING_SOON_DAYS} days` },
          ]}
        />
        <Button leftSection={<IconFilePlus size={16} />} onClick={dialogs.add}>
          Add contract or OLA
        </Button>
      </Group>

      <Paper withBorder radius="md" p="xs">
        <ListPlaceholder loaded={contracts.data !== undefined} error={contracts.error} errorTitle="Contracts could not be loaded" onRetry={contracts.reload}>
          {rows.length > 0 ? (
            <ContractsTable
              contracts={rows}
              onEdit={dialogs.edit}
              onDelete={dialogs.remove}
              onTargets={dialogs.targets}
              onHistory={dialogs.history}
              focusId={Number(focus) || null}
            />
          ) : endingSoon ? (
            <EmptyState
              size="sm"
              icon={<IconCalendarCheck size={26} />}
              withIndicatorBackground
              title={`No contract ends within ${ENDING_SOON_DAYS} days`}
              description="Nothing to renew or re-procure soon."
              py="xl"
            />
          ) : (
            <EmptyState
              size="sm"
              icon={<IconFileText size={26} />}
              withIndicatorBackground
              title="No contracts or OLAs yet"
              description="Record the underpinning contracts with suppliers and the OLAs with internal teams that your services rely on, with their end dates."
              py="xl"
            >
              <EmptyState.Actions>
                <Button leftSection={<IconFilePlus size={16} />} onClick={dialogs.add}>
                  Add the first contract
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </ListPlaceholder>
      </Paper>
      {rows.length > 0 && (
        <Text size="xs" c="dimmed">
          {plural(rows.length, 'contract')}
          {soon > 0 ? `, ${soon} ending within ${ENDING_SOON_DAYS} days` : ''}
          {ended > 0 ? `, ${ended} ended` : ''}
        </Text>
      )}
      {dialogs.dialogs}
    </Stack>
  );
}
