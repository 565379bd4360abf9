import { Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useState } from 'react';
import type { SyncLogEntry } from '../../../../../shared/team/team-types';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { plural } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { notifyFailure } from '../../../ui/notify';
import { PageHeader } from '../../../ui/PageHeader';
import { TeamScreenGate } from '../TeamScreenGate';
import { SyncNowButton } from '../SyncNowButton';
import { SyncLogTable } from './SyncLogTable';

const PAGE_SIZE = 100;

/** Older pages fetched with "Load older", and the change number they continued from. */
interface OlderPages {
  from: number;
  entries: SyncLogEntry[];
  nextBeforeSeq: number | null;
}

/**
 * What this replica sent, received and has waiting, newest first, a page at a time (keyset pages
 * on the team change number, so an old page costs what the first one does).
 */
export function SyncLogScreen() {
  return (
    <TeamScreenGate>
      <PageHeader
        title="Sync log"
        description="Every change this copy sent to the team database, received from it, or still has waiting; renamed and skipped ones say why."
        actions={<SyncNowButton />}
      />
      <Paper withBorder radius="md">
        <SyncLogPages />
      </Paper>
    </TeamScreenGate>
  );
}

function SyncLogPages() {
  const api = useApi();
  const first = useApiQuery('team.log', { limit: PAGE_SIZE });
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // New changes move the first page on; older pages join it only while they still continue it.
  const continues = older !== null && first.data !== undefined && older.from === first.data.nextBeforeSeq;
  const entries = [...(first.data?.entries ?? []), ...(continues ? older.entries : [])];
  const nextBeforeSeq = continues ? older.nextBeforeSeq : (first.data?.nextBeforeSeq ?? null);

  const loadMore = async () => {
    if (nextBeforeSeq === null) return;
    setLoadingMore(true);
    try {
      const page = await api.call('team.log', { limit: PAGE_SIZE, beforeSeq: nextBeforeSeq });
      setOlder({
        from: continues ? older.from : nextBeforeSeq,
        entries: continues ? [...older.entries, ...page.entries] : page.entries,
        nextBeforeSeq: page.nextBeforeSeq,
      });
    } catch (error) {
      notifyFailure('Could not load older entries', error);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!first.data) {
    return first.error ? (
      <ErrorPanel title="The sync log could not be loaded" error={first.error} onRetry={first.reload} withBorder={false} />
    ) : (
      <Stack gap="xs" p="md" aria-busy="true" aria-label="Loading the sync log">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={32} />
        ))}
      </Stack>
    );
  }
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconListDetails size={32} />}
        withIndicatorBackground
        title="Nothing synced yet"
        description="Changes you make are listed here as waiting, then as sent; changes from the team as received."
        py={48}
      />
    );
  }
  return (
    <Stack gap="xs" pb="xs">
      <SyncLogTable entries={entries} />
      <Group justify="space-between" px="md">
        <Text size="xs" c="dimmed" aria-live="polite">
          {plural(entries.length, 'entry', 'entries')} shown{nextBeforeSeq === null ? ' — the beginning of the log' : ''}
        </Text>
        {nextBeforeSeq !== null && (
          <Button variant="default" size="xs" onClick={loadMore} loading={loadingMore}>
            Load older entries
          </Button>
        )}
      </Group>
    </Stack>
  );
}
