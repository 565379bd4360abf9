// Vitest global setup of the unit and component projects: derives (or reads from the cache) the
// JSON Schemas of every API result once per run and hands them to the test workers, where the
// fake API and call() check every result against them (shared/api/result-validation.ts).
import type { TestProject } from 'vitest/node';
import { loadResultSchemas, type ResultSchemas } from './result-schemas.mjs';

export default function provideResultSchemas(project: TestProject): void {
  project.provide('resultSchemas', loadResultSchemas().schemas);
}

declare module 'vitest' {
  export interface ProvidedContext {
    resultSchemas: ResultSchemas;
  }
}
