import { Badge, type BadgeProps } from '@mantine/core';
import type { SlaStatus } from '../../../../../shared/api/slas-api';
import type { ResultStatus } from '../../../../../shared/domain/sla-status';

const slaStatusColor: Record<SlaStatus, string> = { draft: 'gray', agreed: 'blue', expired: 'dark' };
const slaStatusLabel: Record<SlaStatus, string> = { draft: 'Draft', agreed: 'Agreed', expired: 'Expired' };

export const resultColor: Record<ResultStatus, string> = { met: 'green', 'at-risk': 'orange', breached: 'red' };
export const resultLabel: Record<ResultStatus, string> = { met: 'Met', 'at-risk': 'At risk', breached: 'Breached' };

export function SlaStatusBadge({ status, ...props }: { status: SlaStatus } & BadgeProps) {
  return (
    <Badge variant="light" color={slaStatusColor[status]} miw="max-content" {...props}>
      {slaStatusLabel[status]}
    </Badge>
  );
}

/** A month's result; "No data" when nothing was measured. */
export function ResultBadge({ status, ...props }: { status: ResultStatus | null } & BadgeProps) {
  if (!status) {
    return (
      <Badge variant="outline" color="gray" miw="max-content" {...props}>
        No data
      </Badge>
    );
  }
  return (
    <Badge variant="filled" color={resultColor[status]} miw="max-content" {...props}>
      {resultLabel[status]}
    </Badge>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" as "Mar 2026". */
export function periodLabel(period: string): string {
  const [year, month] = period.split('-').map(Number);
  const name = month ? MONTHS[month - 1] : undefined;
  return year && name ? `${name} ${year}` : period;
}

/** A value with its unit: "99.9%", "4.2/5", "400 tickets". */
export function withUnit(value: number, unit: string): string {
  if (!unit) return String(value);
  return unit === '%' || unit.startsWith('/') ? `${value}${unit}` : `${value} ${unit}`;
}
