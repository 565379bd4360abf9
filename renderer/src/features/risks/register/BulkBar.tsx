import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCalendarEvent, IconUserEdit, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { RiskFilter } from '../../../../../shared/api/risks-api';
import { plural } from '../../../lib/format';
import { BulkChangeModal, type BulkChange } from './BulkChangeModal';
import type { RiskSelection } from './use-risk-selection';

interface BulkBarProps {
  selection: RiskSelection;
  total: number;
  /** The register's filter: "all matching" changes go by it, so unloaded rows are included. */
  filter: RiskFilter;
}

/** Shown while risks are selected: how many, select all matching, and the bulk changes. */
export function BulkBar({ selection, total, filter }: BulkBarProps) {
  const [change, setChange] = useState<BulkChange | null>(null);
  if (selection.count === 0) return null;
  const target = selection.all ? (selection.except.length ? { filter, exceptIds: selection.except } : { filter }) : { ids: selection.ids };

  return (
    <Paper withBorder radius="md" px="md" py={6} bg="var(--mantine-primary-color-light)" role="region" aria-label="Selected risks">
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Text size="sm" fw={600} aria-live="polite">
            {selection.all
              ? selection.except.length
                ? `${plural(selection.count, 'matching risk')} selected (${selection.except.length.toLocaleString('en')} left out)`
                : `All ${plural(total, 'matching risk')} selected`
              : `${plural(selection.count, 'risk')} selected`}
          </Text>
          {!selection.all && selection.count < total && (
            <Button size="compact-sm" variant="subtle" onClick={selection.selectAllMatching}>
              Select all {plural(total, 'matching risk')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconUserEdit size={14} />} onClick={() => setChange('owner')}>
            Change owner
          </Button>
          <Button size="xs" variant="default" leftSection={<IconCalendarEvent size={14} />} onClick={() => setChange('review')}>
            Change next review date
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      {change && (
        <BulkChangeModal
          change={change}
          count={selection.count}
          target={target}
          onClose={() => setChange(null)}
          onDone={() => {
            setChange(null);
            selection.clear();
          }}
        />
      )}
    </Paper>
  );
}
