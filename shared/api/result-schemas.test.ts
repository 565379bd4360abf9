import { describe, expect, inject, it } from 'vitest';
import { methodNames } from './contract';
import { createResultChecker } from './result-validation';

describe('the result schemas derived from the contract types', () => {
  const schemas = inject('resultSchemas');

  it('cover every method and compile', { timeout: 60_000 }, () => {
    expect(Object.keys(schemas).sort()).toEqual([...methodNames].sort());
    const check = createResultChecker(schemas);
    // Compiling is what fails on a malformed schema; `undefined` is never a valid result.
    for (const method of methodNames) expect(check(method, undefined), method).not.toBeNull();
  });

  it('keep what the types say: nullable fields, closed objects, string unions and Record values', () => {
    const person = schemas['people.create'] as { properties: Record<string, unknown>; required: string[]; additionalProperties: unknown };
    expect(person.properties.email).toEqual({ type: ['null', 'string'] });
    expect(person.required).toContain('email');
    expect(person.additionalProperties).toBe(false);
    const check = createResultChecker(schemas);
    expect(check('workspace.info', { host: { kind: 'phone' } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^result\.host\.kind must be one of "desktop", "browser"$/)]),
    );
    expect(check('reviewPolicy.get', { policy: { risk: { cadenceByBand: { High: 'often' } } } })).toEqual(
      expect.arrayContaining(['result.policy.risk.cadenceByBand.High must be number, not string "often"']),
    );
  });
});
