import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import type { Lifecycle, ServiceKind } from '../../../../../shared/api/services-api';
import { KIND_LABEL, LIFECYCLE_COLOR, LIFECYCLE_LABEL, TIER_COLOR, TIER_MEANING } from './service-labels';

export function LifecycleBadge({ lifecycle, ...props }: { lifecycle: Lifecycle } & BadgeProps) {
  return (
    <Badge variant="light" color={LIFECYCLE_COLOR[lifecycle]} {...props}>
      {LIFECYCLE_LABEL[lifecycle]}
    </Badge>
  );
}

/** "Tier 1" with what that tier means on hover. */
export function TierBadge({ tier, withTooltip = true, ...props }: { tier: number; withTooltip?: boolean } & BadgeProps) {
  const badge = (
    <Badge variant={tier === 1 ? 'filled' : 'light'} color={TIER_COLOR[tier] ?? 'gray'} {...props}>
      Tier {tier}
    </Badge>
  );
  return withTooltip ? <Tooltip label={`Tier ${tier} — ${TIER_MEANING[tier] ?? ''}`}>{badge}</Tooltip> : badge;
}

export function KindBadge({ kind, ...props }: { kind: ServiceKind } & BadgeProps) {
  return (
    <Badge variant="outline" color="gray" {...props}>
      {KIND_LABEL[kind]}
    </Badge>
  );
}
