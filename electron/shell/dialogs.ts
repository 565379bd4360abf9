import { BrowserWindow, dialog } from 'electron';
import { chosenPath, fileDialogSpec } from '../app/file-dialogs';
import type { FilePurpose, HostAdapter } from '../app/host';

/**
 * The desktop HostAdapter: native open/save dialogs filtered to .sqlite workspaces, attached to
 * the window that is showing (so they are modal to it).
 */
export function desktopHost(currentWindow: () => BrowserWindow | null): HostAdapter {
  return {
    kind: 'desktop',
    async chooseFile(purpose: FilePurpose, suggestedPath: string): Promise<string | null> {
      const spec = fileDialogSpec(purpose, suggestedPath);
      const parent = currentWindow();
      if (spec.kind === 'open') {
        const options: Electron.OpenDialogOptions = {
          title: spec.title,
          buttonLabel: spec.buttonLabel,
          defaultPath: spec.defaultPath,
          filters: spec.filters,
          properties: ['openFile'],
        };
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : chosenPath(spec, result.filePaths[0]);
      }
      const options: Electron.SaveDialogOptions = {
        title: spec.title,
        buttonLabel: spec.buttonLabel,
        defaultPath: spec.defaultPath,
        filters: spec.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : chosenPath(spec, result.filePath);
    },
  };
}
