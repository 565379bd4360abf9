import { Box, Group, Text, Tooltip } from '@mantine/core';
import type { MeasurementCell } from '../../../../../shared/api/slas-api';
import { periodLabel, resultColor, resultLabel, withUnit } from '../common/SlaBadges';

function cellText(cell: MeasurementCell, unit: string): string {
  const status = cell.status ? resultLabel[cell.status] : 'No data';
  const value = cell.value === null ? '' : `: ${withUnit(cell.value, unit)}`;
  const budget = cell.availability?.budget;
  const budgetText = budget ? `, error budget ${budget.usedMinutes} of ${budget.allowedMinutes} min used (${budget.leftMinutes} left)` : '';
  return `${periodLabel(cell.period)} ${status}${value}${budgetText}`;
}

/** Twelve months of one target as coloured cells: met green, at risk orange, breached red, no data grey. */
export function ResultStrip({ cells, unit }: { cells: MeasurementCell[]; unit: string }) {
  return (
    <Group gap={3} wrap="nowrap" role="list" aria-label="Monthly results">
      {cells.map((cell) => {
        const color = cell.status ? `var(--mantine-color-${resultColor[cell.status]}-6)` : 'var(--mantine-color-gray-3)';
        const label = cellText(cell, unit);
        return (
          <Tooltip key={cell.period} label={label} withArrow>
            <Box
              role="listitem"
              aria-label={label}
              data-status={cell.status ?? 'none'}
              style={{ flex: '1 1 0', minWidth: 44, background: color, borderRadius: 4, padding: '4px 2px', textAlign: 'center' }}
            >
              <Text size="10px" c={cell.status ? 'white' : 'dimmed'} lh={1.2}>
                {periodLabel(cell.period).slice(0, 3)}
              </Text>
              <Text size="xs" fw={600} c={cell.status ? 'white' : 'dimmed'} lh={1.3}>
                {cell.value === null ? '–' : cell.value}
              </Text>
            </Box>
          </Tooltip>
        );
      })}
    </Group>
  );
}
