import path from 'node:path';
import type { FilePurpose } from './host';

export const WORKSPACE_FILTERS = [{ name: 'ServiceLedger workspace', extensions: ['sqlite'] }];

/** A native dialog described without Electron: the shell turns it into showOpenDialog/showSaveDialog. */
export interface FileDialogSpec {
  kind: 'open' | 'save';
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: typeof WORKSPACE_FILTERS;
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The dialog for each reason the renderer asks for a file. */
export function fileDialogSpec(purpose: FilePurpose, suggestedPath: string, now: Date = new Date()): FileDialogSpec {
  switch (purpose) {
    case 'open':
      return { kind: 'open', title: 'Open workspace', buttonLabel: 'Open', defaultPath: suggestedPath, filters: WORKSPACE_FILTERS };
    case 'restore':
      return { kind: 'open', title: 'Restore from backup', buttonLabel: 'Restore', defaultPath: suggestedPath, filters: WORKSPACE_FILTERS };
    case 'create':
      return {
        kind: 'save',
        title: 'New workspace',
        buttonLabel: 'Create',
        defaultPath: path.join(suggestedPath, 'Service management.sqlite'),
        filters: WORKSPACE_FILTERS,
      };
    case 'backup':
      return {
        kind: 'save',
        title: 'Back up workspace',
        buttonLabel: 'Back up',
        defaultPath: path.join(suggestedPath, `ServiceLedger backup ${today(now)}.sqlite`),
        filters: WORKSPACE_FILTERS,
      };
  }
}

/**
 * The path the person picked, with ".sqlite" added to a save whose name has no extension
 * (GTK dialogs do not add it). Null when the dialog was cancelled.
 */
export function chosenPath(spec: FileDialogSpec, picked: string | undefined | null): string | null {
  if (!picked) return null;
  if (spec.kind === 'save' && path.extname(picked) === '') return `${picked}.sqlite`;
  return picked;
}
