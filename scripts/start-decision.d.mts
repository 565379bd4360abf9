export type AttemptOutcome = 'not-tried' | 'unreachable' | 'failed';

export interface StartFacts {
  platform: string;
  env: Record<string, string | undefined>;
  electronBinary: boolean;
  electronInstall: AttemptOutcome;
  nativeBinding: boolean;
  nativeBuild: AttemptOutcome;
}

export type StartDecision =
  | { action: 'launch' }
  | { action: 'install-electron' }
  | { action: 'build-native' }
  | { action: 'serve'; reason: string; line: string };

export declare function hasDisplay(platform: string, env: Record<string, string | undefined>): boolean;
export declare function browserForced(env: Record<string, string | undefined>): boolean;
export declare function reasonLine(reason: string): string;
export declare function decideStart(facts: StartFacts): StartDecision;
