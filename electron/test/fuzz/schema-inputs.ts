import { z } from 'zod';
import type { SeededRandom } from './seeded-random';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
};

/** A method's input schema as JSON Schema (input side; transforms and refinements become "anything"). */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Ids that exist in the demo workspace, and one that exists nowhere. */
const EXISTING_IDS = [1, 2, 3];
export const MISSING_ID = 987_654_321;

/** A value of the right shape, as plausible as the schema lets it be: the spine a mutation is applied to. */
export function plausibleValue(schema: JsonSchema, root: JsonSchema, random: SeededRandom, key = '', depth = 0): unknown {
  if (depth > 8) return null;
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name] ?? (schema.$ref === '#' ? root : undefined);
    return target ? plausibleValue(target, root, random, key, depth + 1) : null;
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const notNull = branches.filter((b) => b.type !== 'null');
    return plausibleValue(random.pick(notNull.length ? notNull : branches), root, random, key, depth + 1);
  }
  if (schema.allOf?.length) return plausibleValue(schema.allOf[0]!, root, random, key, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(name) || random.chance(0.5)) value[name] = plausibleValue(property, root, random, name, depth + 1);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, random.int(0, 2));
      if (schema.prefixItems) return schema.prefixItems.map((item) => plausibleValue(item, root, random, key, depth + 1));
      return Array.from({ length: count }, () => plausibleValue(schema.items ?? {}, root, random, key, depth + 1));
    }
    case 'integer':
    case 'number': {
      if (/id$/i.test(key) || /ids$/i.test(key)) return random.pick(EXISTING_IDS);
      const low = schema.minimum ?? 1;
      const high = Math.min(schema.maximum ?? low + 10, low + 10);
      return type === 'integer' ? random.int(Math.ceil(low), Math.floor(high)) : low;
    }
    case 'boolean':
      return random.chance(0.5);
    case 'string':
      return plausibleString(schema, key, random);
    case 'null':
      return null;
    default:
      return random.pick(['text', 1, null]);
  }
}

function plausibleString(schema: JsonSchema, key: string, random: SeededRandom): string {
  const pattern = schema.pattern ?? '';
  if (schema.format === 'date' || /date|on$|until|from$|^to$|asOf/i.test(key) || pattern.includes('\\d{4}-\\d{2}-\\d{2}'))
    return random.pick(['2026-11-24', '2026-10-01', '2027-01-31']);
  if (/period|month/i.test(key) || pattern.includes('\\d{4}-\\d{2}')) return random.pick(['2026-10', '2026-09']);
  if (/path|file/i.test(key)) return random.pick(['@TMP@/backup-copy.sqlite', 'register.csv']);
  if (/base64/i.test(key)) return Buffer.from('Title,Likelihood,Impact\nFuzz,2,2\n').toString('base64');
  if (/email/i.test(key)) return 'fuzz@example.org';
  if (/code/i.test(key)) return `FZ-${random.int(1, 999)}`;
  if (/colou?r/i.test(key)) return '#336699';
  const text = random.pick(['Fuzz', 'Something plausible', 'x']);
  return text.length >= (schema.minLength ?? 0) ? text : text.padEnd(schema.minLength ?? 0, 'x');
}

const HUGE = 'A'.repeat(1_000_000);
/** Strings that have broken real programs: control and bidi characters, lone surrogates, paths, SQL, impossible dates. */
export function hostileStrings(tempDir: string): string[] {
  return [
    '',
    ' ',
    '\u0000',
    'name\u0000.sqlite',
    `${tempDir}/notes.txt\u0000.sqlite`,
    '\u202Egnp.exe',
    'a\u200F\u202Db',
    '\uD800',
    'x\uDC00y',
    '\uFEFF',
    '😀'.repeat(500),
    HUGE,
    'x'.repeat(300) + '.sqlite',
    `${tempDir}/${'y'.repeat(300)}.sqlite`,
    `${tempDir}/\uD800.sqlite`,
    `${tempDir}/a/../../escape.sqlite`,
    `${tempDir}`,
    'relative.sqlite',
    '../../../../etc/passwd',
    'C:\\Windows\\System32\\drivers\\etc\\hosts',
    "'; DROP TABLE risks; --",
    '" OR 1=1 --',
    '%s%n%x',
    '=cmd|/C calc!A0',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2025-02-29',
    '99999-12-31',
    '2026-11-24T25:61:00Z',
    '2026-00',
    '2026-1',
    'NaN',
    '-1',
    '1e309',
    '__proto__',
    'constructor',
  ];
}

/** Values of every JSON type, some of them extreme. */
export const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, MISSING_ID, '', 'text', [], [null], {}, { a: 1 }];

type Path = Array<string | number>;

/** Every place in a value where a mutation can go: the root, each property and each array item. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)?.[key], value);
}

function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = next;
  return copy;
}

function deleteAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
  else delete parent[path[path.length - 1]!];
  return copy;
}

/** An object with own keys such as "__proto__", as JSON.parse makes them (object literals cannot). */
function withOwnKey(value: unknown, key: string, item: unknown): unknown {
  const base = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return JSON.parse(JSON.stringify({ ...base, [`@@${key}`]: item }).replace(`"@@${key}"`, JSON.stringify(key)));
}

export interface Mutation {
  kind: string;
  input: unknown;
}

/** One bad input derived from a plausible one: a wrong type, a missing or extra field, a hostile string, a huge array… */
export function mutate(base: unknown, random: SeededRandom, tempDir: string): Mutation {
  const paths = pathsOf(base);
  const path = random.pick(paths);
  const current = getAt(base, path);
  const key = String(path[path.length - 1] ?? '');
  const kinds = ['wrong-type', 'missing-field', 'extra-field', 'prototype-key', 'hostile-string', 'huge-array', 'missing-id', 'whole-input', 'as-is'];
  const isFileInput = base !== null && typeof base === 'object' && 'contentBase64' in base;
  const kind = isFileInput && random.chance(0.3) ? 'hostile-file' : random.pick(kinds);
  if (kind === 'hostile-file') {
    const file = random.pick(hostileFiles(random));
    return { kind, input: { ...(base as object), fileName: file.name, contentBase64: file.bytes.toString('base64') } };
  }
  switch (kind) {
    case 'wrong-type':
      return { kind, input: setAt(base, path, random.pick(WRONG_TYPES)) };
    case 'missing-field':
      return { kind, input: deleteAt(base, path) };
    case 'extra-field': {
      const objects = paths.filter((p) => {
        const at = getAt(base, p);
        return at !== null && typeof at === 'object' && !Array.isArray(at);
      });
      const at = objects.length ? random.pick(objects) : [];
      return { kind, input: setAt(base, at, { ...(getAt(base, at) as object), [random.pick(['extra', 'id', 'isAdmin', 'sql'])]: random.pick(WRONG_TYPES) }) };
    }
    case 'prototype-key': {
      const objects = paths.filter((p) => {
        const at = getAt(base, p);
        return at !== null && typeof at === 'object' && !Array.isArray(at);
      });
      const at = objects.length ? random.pick(objects) : [];
      const polluted = withOwnKey(
        getAt(base, at),
        random.pick(['__proto__', 'constructor', 'prototype']),
        random.pick([{ polluted: true }, { prototype: { polluted: true } }, 'x']),
      );
      return { kind, input: setAt(base, at, polluted) };
    }
    case 'hostile-string':
      return { kind, input: setAt(base, path, random.pick(hostileStrings(tempDir))) };
    case 'huge-array': {
      const item = Array.isArray(current) && current.length ? current[0] : random.pick([1, 'x', MISSING_ID]);
      return {
        kind,
        input: setAt(
          base,
          path,
          Array.from({ length: random.pick([1000, 100_000]) }, () => item),
        ),
      };
    }
    case 'missing-id': {
      const idPaths = paths.filter((p) => /id$/i.test(String(p[p.length - 1] ?? '')) || typeof p[p.length - 1] === 'number');
      const at = idPaths.length ? random.pick(idPaths) : path;
      return { kind, input: setAt(base, at, random.pick([MISSING_ID, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER])) };
    }
    case 'whole-input':
      return { kind, input: random.pick([null, undefined, [], 'text', 0, true, [base]]) };
    default:
      return { kind: key ? 'plausible' : 'plausible', input: base };
  }
}

/** Files that are not what their name says, or are what it says in the worst way. */
function hostileFiles(random: SeededRandom): Array<{ name: string; bytes: Buffer }> {
  const junk = Buffer.from(Array.from({ length: 4096 }, () => random.int(0, 255)));
  return [
    { name: 'junk.csv', bytes: junk },
    { name: 'junk.xlsx', bytes: junk },
    { name: 'zip.xlsx', bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), junk]) },
    { name: 'empty.csv', bytes: Buffer.alloc(0) },
    { name: 'header-only.csv', bytes: Buffer.from('Title\n') },
    { name: 'quotes.csv', bytes: Buffer.from('Title,"Owner\nA,"B\n') },
    { name: 'nul.csv', bytes: Buffer.from('Title,Owner\nA\u0000B,C\u0000\n') },
    { name: 'wide.csv', bytes: Buffer.from(`${Array.from({ length: 20_000 }, (_, i) => `C${i}`).join(',')}\n1\n`) },
    { name: 'formulas.csv', bytes: Buffer.from('Title,Name,Code,Service,SLA\n=1+1,@SUM(1),-2,+3,\t4\n') },
    { name: 'surrogates.csv', bytes: Buffer.from('Title,Name\n\uD800x,\u202Ey\n') },
    { name: 'utf16.csv', bytes: Buffer.from('\uFEFFTitle,Name\nA,B\n', 'utf16le') },
    { name: 'no-extension', bytes: Buffer.from('Title\nA\n') },
    { name: '../../escape.csv', bytes: Buffer.from('Title\nA\n') },
  ];
}
