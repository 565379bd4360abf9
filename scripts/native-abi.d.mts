export declare const DEV_NATIVE_BINDING: string;
export declare const EXIT_UNREACHABLE: number;
export declare function moduleAbis(bytes: Uint8Array): number[];
export declare function checkModuleAbi(bytes: Uint8Array, expectedAbi: number): { ok: true; found: number[] } | { ok: false; found: number[]; message: string };
export declare function cleanBuildEnv(env: Record<string, string | undefined>): { env: Record<string, string>; removed: string[] };
export declare function classifyFailure(output: string): 'unreachable' | 'failed';
