/**
 * Which automatic backups to keep: the newest backup of each of the last 7 days that have one,
 * of the last 4 weeks and of the last 12 months (like `restic forget --keep-daily 7
 * --keep-weekly 4 --keep-monthly 12`). Days, weeks and months are counted in UTC, the zone of
 * the stamp in every backup's file name, so the answer never depends on where the laptop is.
 * Pure: it decides, the caller deletes.
 */

export interface RotationSlots {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationSlots = { daily: 7, weekly: 4, monthly: 12 };

export interface DatedBackup {
  /** Anything that identifies the file; returned as is. */
  id: string;
  /** When it was taken, as an ISO instant. */
  createdAt: string;
}

const dayKey = (instant: Date) => instant.toISOString().slice(0, 10);
const monthKey = (instant: Date) => instant.toISOString().slice(0, 7);

/** The Monday (UTC) that starts the week of this instant: weeks cross month and year ends intact. */
function weekKey(instant: Date): string {
  const daysSinceMonday = (instant.getUTCDay() + 6) % 7;
  return dayKey(new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() - daysSinceMonday)));
}

/** The ids to keep, newest first; every other automatic backup can be deleted. */
export function backupsToKeep(backups: readonly DatedBackup[], slots: RotationSlots = DEFAULT_ROTATION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const keep = new Set<string>();
  const rules: Array<[number, (instant: Date) => string]> = [
    [slots.daily, dayKey],
    [slots.weekly, weekKey],
    [slots.monthly, monthKey],
  ];
  for (const [count, bucketOf] of rules) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const bucket = bucketOf(new Date(backup.createdAt));
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(backup.id);
    }
  }
  return newestFirst.filter((backup) => keep.has(backup.id)).map((backup) => backup.id);
}
