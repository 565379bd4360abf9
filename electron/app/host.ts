import type { HostInfo } from '../../shared/api/workspace-api';

export type FilePurpose = 'open' | 'create' | 'backup' | 'restore';

/** What differs between the desktop shell and the loopback browser host. */
export interface HostAdapter {
  kind: HostInfo['kind'];
  /** Native file dialog; absent in the browser host, where the renderer asks for a path instead. */
  chooseFile?: (purpose: FilePurpose, suggestedPath: string) => Promise<string | null>;
}

/** The host of `serviceledger serve` and the end-to-end tests. */
export const browserHost: HostAdapter = { kind: 'browser' };
