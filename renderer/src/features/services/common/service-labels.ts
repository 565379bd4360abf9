import type { Lifecycle, ServiceKind } from '../../../../../shared/api/services-api';

export const LIFECYCLE_LABEL: Record<Lifecycle, string> = { pipeline: 'Pipeline', live: 'Live', retired: 'Retired' };

/** Pipeline is "not yet", live is "in service", retired is "no longer": blue, green, grey. */
export const LIFECYCLE_COLOR: Record<Lifecycle, string> = { pipeline: 'blue', live: 'teal', retired: 'gray' };

export const KIND_LABEL: Record<ServiceKind, string> = { 'customer-facing': 'Customer-facing', supporting: 'Supporting' };

export const TIERS = [1, 2, 3, 4] as const;

/** Tier 1 is the most critical; the colours follow the usual red-to-grey severity order. */
export const TIER_COLOR: Record<number, string> = { 1: 'red', 2: 'orange', 3: 'yellow', 4: 'gray' };

export const TIER_MEANING: Record<number, string> = {
  1: 'Critical: an outage stops core operations',
  2: 'High: an outage seriously disrupts many people',
  3: 'Medium: an outage is a nuisance with workarounds',
  4: 'Low: an outage can wait for normal working hours',
};

export const TIER_SHORT: Record<number, string> = { 1: 'Critical', 2: 'High', 3: 'Medium', 4: 'Low' };

/** "SVC-001 Network": how a service is named in lists, options and messages. */
export function serviceLabel(service: { code: string; name: string }): string {
  return `${service.code} ${service.name}`;
}
