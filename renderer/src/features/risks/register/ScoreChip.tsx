import { Text } from '@mantine/core';
import type { ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import { textOn } from '../heatmap/RiskHeatmap';
import classes from './RiskTable.module.css';

/**
 * A score in its band's colour, with the likelihood × impact behind it in a native title: three
 * per row, and a Mantine tooltip each made every scroll step of the register mount ~90 of them.
 */
export function ScoreChip({ position }: { position: ScoredRiskPosition | null }) {
  if (!position)
    return (
      <Text size="xs" c="dimmed">
        Not scored
      </Text>
    );
  return (
    <span
      className={classes.chip}
      style={{ background: position.colour, color: textOn(position.colour) }}
      aria-label={`${position.score} ${position.band}`}
      title={`${position.band}: likelihood ${position.likelihood} × impact ${position.impact}`}
    >
      {position.score} <span className={classes.chipBand}>{position.band}</span>
    </span>
  );
}
