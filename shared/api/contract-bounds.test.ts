import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from './contract';

type JsonSchema = {
  type?: string | string[];
  maxItems?: number;
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
};

/** Every array without maxItems in a schema, by path. */
function unbounded(schema: JsonSchema, at: string, found: string[]): string[] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('array') && schema.maxItems === undefined) found.push(`${at}[]`);
  if (schema.items) unbounded(schema.items, `${at}[]`, found);
  for (const [key, child] of Object.entries(schema.properties ?? {})) unbounded(child, at ? `${at}.${key}` : key, found);
  for (const child of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) unbounded(child, at, found);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') unbounded(schema.additionalProperties, `${at}.*`, found);
  return found;
}

describe('the API contract', () => {
  it('bounds every array in every input, so no call can ask for unbounded work (or too many SQL variables)', () => {
    const problems = methodNames.flatMap((name) =>
      unbounded(z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', []).map((where) => `${name} ${where}`),
    );
    expect(problems).toEqual([]);
  });
});
