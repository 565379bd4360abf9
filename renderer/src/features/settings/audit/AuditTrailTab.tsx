import { Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useSearchParams } from 'wouter';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { AuditFilters, type AuditParam } from '../../audit';
import { AuditList } from '../../audit';
import { apiFilter, filtersFromParams, isFiltered, recordShortName } from '../../audit';
import { downloadFile } from '../../../lib/download-file';

/**
 * Settings › Audit trail: every change an auditor samples, readable ("RSK-042 owner: Daniel
 * Kowalski → Samira Haddad"), filtered by who, what and when, the filters in the address
 * (`#/settings/audit?person=3&kind=risk`) so a record's page can link here; exported as CSV.
 */
export function AuditTrailTab() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const filter = apiFilter(filters);
  const people = useApiQuery('people.list', { includeInactive: true });
  const record = useApiQuery('audit.search', filter.entityId ? { filter: { entity: filter.entity, entityId: filter.entityId }, limit: 1 } : null);
  const recordEntry = record.data?.entries[0];
  const recordName = recordEntry ? [recordShortName(recordEntry), recordEntry.recordCode ? recordEntry.recordName : null].filter(Boolean).join(' ') : null;
  const filtered = isFiltered(filters);

  const exportCsv = useApiAction('audit.export', {
    success: (file) => `Exported ${file.fileName}`,
    successDetail: (file) => `${file.rows.toLocaleString()} change${file.rows === 1 ? '' : 's'}, one line per changed field.`,
    failure: 'Could not export the audit trail',
    invalidate: false,
  });
  const runExport = async () => {
    const outcome = await exportCsv.run({ filter });
    if (outcome.ok) downloadFile(outcome.value);
  };

  const change = (changes: Partial<Record<AuditParam, string | null>>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '') next.delete(name);
          else next.set(name, value);
        }
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={3} size="h4">
            Audit trail
          </Title>
          <Text size="sm" c="dimmed" maw={680}>
            Every change to this workspace: who made it, when, and what each field was before and after. Times are in this computer&apos;s time zone.
          </Text>
        </div>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={runExport} loading={exportCsv.running}>
          Export CSV
        </Button>
      </Group>
      <AuditFilters
        filters={filters}
        people={people.data ?? []}
        recordName={recordName}
        onChange={change}
        onClear={clear}
        filtered={filtered || filters.recordId !== null}
      />
      <Paper withBorder radius="md" p={0}>
        <AuditList
          filter={filter}
          label="Audit trail"
          empty={
            filtered ? (
              <EmptyState
                size="sm"
                icon={<IconFilterOff size={26} />}
                withIndicatorBackground
                title="No changes match these filters"
                description="Widen the dates, pick another person or kind of record, or clear the filters."
                py="xl"
              >
                <Button variant="default" onClick={clear}>
                  Clear filters
                </Button>
              </EmptyState>
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
          }
        />
      </Paper>
    </Stack>
  );
}
