import { Badge, Tooltip } from '@mantine/core';
import type { ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import type { RiskBasis } from '../../../../../shared/domain/risk-matrix';
import { textOn } from '../heatmap/RiskHeatmap';
import { BASIS_LABEL, BASIS_MEANING } from './risk-labels';

interface BandBadgeProps {
  position: ScoredRiskPosition | null;
  /** Prefix the badge with the basis ("Residual 9 · Medium"). */
  basis?: RiskBasis;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/**
 * A score in its band's colour from the matrix. The band name is always written out, so the
 * colour is never the only signal (colour-blind readers, printed packs).
 */
export function BandBadge({ position, basis, size = 'md' }: BandBadgeProps) {
  const prefix = basis ? `${BASIS_LABEL[basis]} ` : '';
  if (!position) {
    return (
      <Badge size={size} variant="outline" color="gray" tt="none">
        {prefix}not scored
      </Badge>
    );
  }
  const tip = `${basis ? `${BASIS_LABEL[basis]} (${BASIS_MEANING[basis].toLowerCase()}): ` : ''}likelihood ${position.likelihood} × impact ${position.impact} = ${position.score}, ${position.band}`;
  return (
    <Tooltip label={tip} withinPortal>
      <Badge
        size={size}
        tt="none"
        style={{ background: position.colour, color: textOn(position.colour), flexShrink: 0 }}
        aria-label={`${prefix}${position.score} ${position.band}`}
        data-band={position.band}
      >
        {prefix}
        {position.score} · {position.band}
      </Badge>
    </Tooltip>
  );
}
