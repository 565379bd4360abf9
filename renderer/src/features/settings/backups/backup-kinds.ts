import type { BackupKind } from '../../../../../shared/api/workspace-api';

/** How each kind of backup is named on screen, and its badge colour. */
export const BACKUP_KIND: Record<BackupKind, { label: string; color: string; description: string }> = {
  automatic: { label: 'Automatic', color: 'teal', description: 'Taken once a day when the workspace is opened; kept 7 daily, 4 weekly, 12 monthly.' },
  'before-upgrade': { label: 'Before upgrade', color: 'blue', description: 'Taken before the workspace was upgraded to a newer format; never deleted.' },
  'before-restore': { label: 'Before restore', color: 'orange', description: 'The state just before a restore, to undo it; never deleted.' },
  manual: { label: 'Manual', color: 'gray', description: 'Made with “Back up now” or put in the folder by hand; never deleted.' },
  damaged: {
    label: 'Damaged (set aside)',
    color: 'red',
    description: 'A damaged workspace moved aside when a backup replaced it; kept for inspection, cannot be restored.',
  },
};
