import { formatServiceHours, weeklyServiceMinutes, type ServiceHours } from '../../../../../shared/domain/service-hours';
import { allowedDowntimeMinutes, cleanFigure } from '../../../../../shared/domain/sla-availability';

const DAYS_IN_MONTH = 30;

/** "43.2 min", "7 h 12 min": downtime as people read it. */
export function formatDowntime(minutes: number): string {
  if (minutes < 60) return `${cleanFigure(Math.round(minutes * 10) / 10).toLocaleString('en-GB')} min`;
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/**
 * What an availability target allows, in words, for a 30-day month of the hours availability is
 * counted in: "allows 43.2 min downtime in a 30-day 24×7 month". Weekly calendars count their
 * service time pro rata (30/7 weeks), so the figure is the typical month, not a particular one.
 * Null while the target is not a usable percentage.
 */
export function downtimePreview(targetPercent: number | null, hours: ServiceHours | null): string | null {
  if (targetPercent === null || !Number.isFinite(targetPercent) || targetPercent < 0 || targetPercent > 100 || !hours) return null;
  const serviceMinutes = (weeklyServiceMinutes(hours) * DAYS_IN_MONTH) / 7;
  const allowed = allowedDowntimeMinutes(serviceMinutes, targetPercent);
  const month = hours.mode === '24x7' ? `a ${DAYS_IN_MONTH}-day 24×7 month` : `a ${DAYS_IN_MONTH}-day month of ${formatServiceHours(hours)}`;
  if (allowed === 0) return `allows no downtime in ${month}`;
  return `allows ${formatDowntime(allowed)} downtime in ${month}`;
}
