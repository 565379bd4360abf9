/** JSON Schema of each API method's result, keyed by method name. */
export type ResultSchemas = Record<string, Record<string, unknown>>;
export const repoRoot: string;
export function resultSchemasHash(root?: string): string;
export function generateResultSchemas(root?: string): ResultSchemas;
export function loadResultSchemas(root?: string): { hash: string; file: string; schemas: ResultSchemas };
