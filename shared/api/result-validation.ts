import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

// Checks an API result against the JSON Schema derived from its declared TypeScript type
// (scripts/result-schemas.mjs). Tests use it on both sides of the contract: the component tests'
// fake API checks its fixtures and call() checks the real dispatcher's answers, so a fixture that
// drifts from what the API really returns fails its test. Not used by the app at run time.

/** JSON Schema of each method's result, keyed by method name. */
export type ResultSchemas = Record<string, Record<string, unknown>>;

/** Returns null when `value` is what `method` declares, else one line per problem, naming where. */
export type ResultChecker = (method: string, value: unknown) => string[] | null;

const MAX_PROBLEMS = 5;

/** A checker that compiles each method's validator on its first use, so a test pays only for what it calls. */
export function createResultChecker(schemas: ResultSchemas): ResultChecker {
  // Unoptimised code compiles faster, and results here are small: compiling is the cost that counts.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { optimize: false } });
  const validators = new Map<string, ValidateFunction>();
  return (method, value) => {
    let validate = validators.get(method);
    if (!validate) {
      const schema = schemas[method];
      if (!schema) return [`the contract declares no result for ${method}`];
      validate = ajv.compile(schema);
      validators.set(method, validate);
    }
    if (validate(asSent(value))) return null;
    return describeErrors(validate.errors ?? []).slice(0, MAX_PROBLEMS);
  };
}

/**
 * The value as JSON carries it: an optional property set to `undefined` is simply absent (the type
 * allows both). Anything else (a Date where a string is declared) is left for the schema to refuse.
 */
function asSent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : asSent(item)));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = asSent(item);
  return out;
}

/** `/rows/0/title` → `result.rows[0].title`. */
function jsonPath(instancePath: string, extra?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) segments.push(extra);
  return segments.reduce(
    (out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `${out}.${s}` : `${out}[${JSON.stringify(s)}]`),
    'result',
  );
}

function depth(error: ErrorObject): number {
  const own = error.keyword === 'required' || error.keyword === 'additionalProperties' ? 1 : 0;
  return error.instancePath.split('/').length + own;
}

function describeOne(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${jsonPath(error.instancePath, String(params.missingProperty))} is missing`;
  if (error.keyword === 'additionalProperties') {
    return `${jsonPath(error.instancePath, String(params.additionalProperty))} is not declared by the type`;
  }
  if (error.keyword === 'enum')
    return `${jsonPath(error.instancePath)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'type') return `${jsonPath(error.instancePath)} must be ${String(params.type).split(',').join(' or ')}, not ${valueKind(error.data)}`;
  if (error.keyword === 'const') return `${jsonPath(error.instancePath)} must be ${JSON.stringify(params.allowedValue)}`;
  return `${jsonPath(error.instancePath)} ${error.message ?? 'is not what the type declares'}`;
}

// ajv reports every failed branch of an `anyOf` (e.g. `Thing | null`); the branch that got
// deepest into the value says best what is wrong, so only that one is shown.
function describeErrors(errors: ErrorObject[]): string[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const inside = (e: ErrorObject, outer: ErrorObject) => e !== outer && e.schemaPath.startsWith(`${outer.schemaPath}/`);
  const lines = errors
    .filter((e) => !anyOfs.some((outer) => inside(e, outer)))
    .map((e) => {
      if (e.keyword !== 'anyOf') return describeOne(e);
      const deepest = errors.filter((b) => b.keyword !== 'anyOf' && inside(b, e)).sort((a, b) => depth(b) - depth(a))[0];
      if (deepest && depth(deepest) > depth(e)) return describeOne(deepest);
      return `${jsonPath(e.instancePath)} is ${valueKind(e.data)}, none of the declared types`;
    });
  return mergeUndeclared([...new Set(lines)]);
}

// A fixture built from another type misses or carries many fields; one line per object says it all.
const GROUPED = [
  { suffix: 'is not declared by the type', many: 'has fields the type does not declare' },
  { suffix: 'is missing', many: 'is missing the fields' },
];

function mergeUndeclared(lines: string[]): string[] {
  const out: string[] = [];
  const groups = new Map<string, { owner: string; many: string; suffix: string; keys: string[] }>();
  for (const line of lines) {
    const kind = GROUPED.find((g) => line.endsWith(` ${g.suffix}`));
    const match = kind && /^(.*?)(?:\.([A-Za-z_$][\w$]*)|\[("[^"]*")\])$/.exec(line.slice(0, -kind.suffix.length - 1));
    if (!kind || !match) {
      out.push(line);
      continue;
    }
    const owner = match[1]!;
    const key = match[2] ?? match[3]!;
    const id = `${owner}\u0000${kind.suffix}`;
    if (!groups.has(id)) {
      groups.set(id, { owner, many: kind.many, suffix: kind.suffix, keys: [] });
      out.push(id);
    }
    groups.get(id)!.keys.push(key);
  }
  return out.map((line) => {
    const group = groups.get(line);
    if (!group) return line;
    if (group.keys.length === 1) return `${group.owner}${group.keys[0]!.startsWith('"') ? `[${group.keys[0]}]` : `.${group.keys[0]}`} ${group.suffix}`;
    return `${group.owner} ${group.many}: ${group.keys.join(', ')}`;
  });
}

function valueKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}
