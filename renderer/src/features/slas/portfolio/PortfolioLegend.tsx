import { Group, Text } from '@mantine/core';
import type { ResultStatus } from '../../../../../shared/domain/sla-status';
import { resultLabel } from '../common/SlaBadges';
import classes from './PortfolioStrip.module.css';
import { STATUS_MARK } from './status-marks';

const ENTRIES: Array<{ status: ResultStatus | 'none'; label: string }> = [
  { status: 'met', label: resultLabel.met },
  { status: 'at-risk', label: resultLabel['at-risk'] },
  { status: 'breached', label: resultLabel.breached },
  { status: 'none', label: 'No result' },
];

/** What the colours and symbols of the strip mean. */
export function PortfolioLegend() {
  return (
    <Group gap="md" component="ul" aria-label="Legend" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {ENTRIES.map((entry) => (
        <Group key={entry.status} component="li" gap={6} wrap="nowrap">
          <span className={classes.mark} data-status={entry.status} style={{ width: 22, height: 18, cursor: 'default' }} aria-hidden>
            {STATUS_MARK[entry.status]}
          </span>
          <Text size="xs">{entry.label}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed" component="li">
        Each cell is the worst result of the service’s agreed SLAs that month.
      </Text>
    </Group>
  );
}
