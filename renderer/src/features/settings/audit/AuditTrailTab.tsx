import { Button, EmptyState, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditEntry } from '../../../../../shared/api/audit-api';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { notifyFailure } from '../../feedback/notify';
import { AuditEntryRow } from './AuditEntryRow';

const PAGE_SIZE = 50;

/** Older pages fetched with "Load more", and the id they continued from. */
interface OlderPages {
  from: number;
  entries: AuditEntry[];
  nextBeforeId: number | null;
}

/** Settings › Audit trail: every change, newest first, with before and after. */
export function AuditTrailTab() {
  const api = useApi();
  const first = useApiQuery('audit.list', { limit: PAGE_SIZE });
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // After a new write the first page moves on; older pages fetched before no longer join it
  // without a gap, so they are only shown while they continue the current first page.
  const continues = older !== null && first.data !== undefined && older.from === first.data.nextBeforeId;
  const entries = [...(first.data?.entries ?? []), ...(continues ? older.entries : [])];
  const nextBeforeId = continues ? older.nextBeforeId : (first.data?.nextBeforeId ?? null);

  const loadMore = async () => {
    if (nextBeforeId === null || !first.data) return;
    setLoadingMore(true);
    try {
      const page = await api.call('audit.list', { beforeId: nextBeforeId, limit: PAGE_SIZE });
      setOlder({
        from: continues ? older.from : nextBeforeId,
        entries: continues ? [...older.entries, ...page.entries] : page.entries,
        nextBeforeId: page.nextBeforeId,
      });
    } catch (error) {
      notifyFailure('Could not load older changes', error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4">
          Audit trail
        </Title>
        <Text size="sm" c="dimmed" maw={680}>
          Every change to this workspace: who made it, when, and the record before and after. Times are shown in this computer&apos;s time zone.
        </Text>
      </div>
      <Paper withBorder radius="md" p="xs">
        {first.data ? (
          entries.length > 0 ? (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" layout="fixed" aria-label="Audit trail">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={48}>
                      <VisuallyHidden>Details</VisuallyHidden>
                    </Table.Th>
                    <Table.Th w={190}>When</Table.Th>
                    <Table.Th w="26%">Who</Table.Th>
                    <Table.Th>What</Table.Th>
                    <Table.Th w={100}>Action</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <AuditEntryRow key={entry.id} entry={entry} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <EmptyState
              size="sm"
              icon={<IconHistory size={26} />}
              withIndicatorBackground
              title="No changes recorded yet"
              description="Changes to people, settings and records will be listed here as they are made."
              py="xl"
            />
          )
        ) : first.error ? (
          <ErrorPanel title="The audit trail could not be loaded" error={first.error} onRetry={first.reload} withBorder={false} />
        ) : (
          <Stack gap="xs" p="xs" aria-busy="true">
            {Array.from({ length: 5 }, (_, index) => (
              <Skeleton key={index} height={28} />
            ))}
          </Stack>
        )}
      </Paper>
      {entries.length > 0 && (
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {entries.length} change{entries.length === 1 ? '' : 's'} shown{nextBeforeId === null ? ' — the beginning of the trail' : ''}
          </Text>
          {nextBeforeId !== null && (
            <Button variant="default" onClick={loadMore} loading={loadingMore}>
              Load more
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
