import { Button, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlus } from '@tabler/icons-react';
import type { SlaReviewLine, SlaReviewPrefill } from '../../../../../shared/api/sla-reviews-api';
import { periodLabel, withUnit } from '../common/SlaBadges';

type Breach = SlaReviewPrefill['breaches'][number];

interface BreachListProps {
  breaches: Breach[];
  /** The table's lines, for each breach's unit. */
  lines: SlaReviewLine[];
  /** The breached targets the form already has an action for. */
  coveredTargetIds: Array<number | null>;
  onAddAction: (breach: Breach) => void;
}

function sinceText(breach: Breach): string {
  const count = breach.breachedPeriods.length;
  if (!breach.since) return `breached ${count} month${count === 1 ? '' : 's'} in the window, not in the reviewed month`;
  return `breached since ${periodLabel(breach.since)} (${breach.months} month${breach.months === 1 ? '' : 's'})`;
}

/** What was breached in the window and since when, each with a one-click improvement action. */
export function BreachList({ breaches, lines, coveredTargetIds, onAddAction }: BreachListProps) {
  if (breaches.length === 0) {
    return (
      <Group gap="xs">
        <ThemeIcon color="green" variant="light" size="sm" radius="xl">
          <IconCheck size={14} />
        </ThemeIcon>
        <Text size="sm">No target was breached in these months.</Text>
      </Group>
    );
  }
  return (
    <List spacing="sm" listStyleType="none" aria-label="Breaches" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
      {breaches.map((breach) => {
        const added = coveredTargetIds.includes(breach.targetId);
        const unit = lines.find((line) => line.targetId === breach.targetId)?.unit ?? '';
        return (
          <List.Item key={breach.targetId} aria-label={breach.label}>
            <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
              <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
                <ThemeIcon color="red" variant="light" size="sm" radius="xl" mt={2}>
                  <IconAlertTriangle size={14} />
                </ThemeIcon>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {breach.label}: {sinceText(breach)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Breached months: {breach.breachedPeriods.map(periodLabel).join(', ')}
                    {breach.latestValue !== null ? ` · latest ${withUnit(breach.latestValue, unit)} against ${withUnit(breach.target, unit)}` : ''}
                  </Text>
                </Stack>
              </Group>
              <Button
                size="compact-sm"
                variant={added ? 'subtle' : 'light'}
                color={added ? 'gray' : 'red'}
                leftSection={added ? <IconCheck size={14} /> : <IconPlus size={14} />}
                onClick={() => onAddAction(breach)}
                disabled={added}
                aria-label={added ? `An action for ${breach.label} is in the list` : `Add an action for the ${breach.label} breach`}
                style={{ flexShrink: 0 }}
              >
                {added ? 'Action added' : 'Add an action for this breach'}
              </Button>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
