export const QUIET_FLAGS: string[];
export function systemBrowserCandidates(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string[];
export interface FoundBrowser {
  executablePath: string;
  args: string[];
  source: 'SERVICELEDGER_CHROMIUM' | 'system' | '@sparticuz/chromium';
}
export function findBrowser(options?: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; exists?: (file: string) => boolean }): Promise<FoundBrowser>;
