import { Box, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { AuditFilter, ReadableAuditEntry } from '../../../../shared/api/audit-api';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { notifyFailure } from '../../ui/notify';
import { AuditEntryItem } from './AuditEntryItem';

/** Older pages fetched with "Load more", and the id they continued from. */
interface OlderPages {
  key: string;
  from: number;
  entries: ReadableAuditEntry[];
  nextBeforeId: number | null;
}

interface AuditListProps {
  filter: AuditFilter;
  /** The list's accessible name ("Audit trail", "History of RSK-042"). */
  label: string;
  pageSize?: number;
  /** Name the record on every line (the audit screen) or not (a record's own page). */
  withRecord?: boolean;
  /** Shown when nothing matches. */
  empty: ReactNode;
}

/**
 * The filtered trail, newest first, a page at a time (keyset pages on the entry id, so a page at
 * 100,000 entries costs what the first one does). "Load more" appends the next older page.
 */
export function AuditList({ filter, label, pageSize = 50, withRecord = true, empty }: AuditListProps) {
  const api = useApi();
  const key = JSON.stringify(filter);
  const first = useApiQuery('audit.search', { filter, limit: pageSize });
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // After a new write the first page moves on; older pages fetched before no longer join it without
  // a gap, so they are only shown while they continue the current first page (of the same filter).
  const continues = older !== null && older.key === key && first.data !== undefined && older.from === first.data.nextBeforeId;
  const entries = [...(first.data?.entries ?? []), ...(continues ? older.entries : [])];
  const nextBeforeId = continues ? older.nextBeforeId : (first.data?.nextBeforeId ?? null);

  const loadMore = async () => {
    if (nextBeforeId === null || !first.data) return;
    setLoadingMore(true);
    try {
      const page = await api.call('audit.search', { filter, beforeId: nextBeforeId, limit: pageSize });
      setOlder({
        key,
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

  if (!first.data) {
    return first.error ? (
      <ErrorPanel title="The changes could not be loaded" error={first.error} onRetry={first.reload} withBorder={false} />
    ) : (
      <Stack gap="xs" p="xs" aria-busy="true" aria-label="Loading the changes">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} height={40} />
        ))}
      </Stack>
    );
  }
  if (entries.length === 0) return <>{empty}</>;
  return (
    <Stack gap="xs" aria-busy={first.loading || undefined}>
      <Box component="ul" aria-label={label} m={0} p={0}>
        {entries.map((entry) => (
          <AuditEntryItem key={entry.id} entry={entry} withRecord={withRecord} />
        ))}
      </Box>
      <Group justify="space-between" px="md" pb="xs">
        <Text size="xs" c="dimmed" aria-live="polite">
          {plural(entries.length, 'change')} shown{nextBeforeId === null ? ' — the beginning of the trail' : ''}
        </Text>
        {nextBeforeId !== null && (
          <Button variant="default" size="xs" onClick={loadMore} loading={loadingMore}>
            Load older changes
          </Button>
        )}
      </Group>
    </Stack>
  );
}
