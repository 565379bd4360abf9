// JSON Schemas of every API method's result, derived from the contract's TypeScript types
// (`defineMethod<Result>()` in shared/api/*-api.ts), so tests can check results at run time
// without a second, hand-written copy of ~120 result types.
//
// The TypeScript checker resolves each result type completely (interfaces, intersections, types
// derived from zod schemas or entity descriptors, Record<…>) and this file turns the resolved type
// into JSON Schema. Generator libraries were tried and refused: ts-json-schema-generator reads the
// syntax tree and cannot follow types derived from zod (it stops at zod's `ThisType`);
// typescript-json-schema dropped the `WorkspaceInfo` half of `WorkspaceInfo & {…}` and the value
// type of every `Record<string, V>`, i.e. it would check less than the types say.
//
// Objects are closed (`additionalProperties: false`): a fixture carrying a field the type does not
// declare (a renamed or removed one) is drift too. Optional properties may be left out; `unknown`
// accepts anything.
//
// Generation costs a few seconds, so the result is cached in test-results/cache, keyed by a hash
// of every source file under shared/, this file and the TypeScript and zod versions; `npm test` and
// `vitest` produce it on first use (scripts/result-schemas-setup.ts), no manual step.
//   node scripts/result-schemas.mjs     print where the cached schemas are (generating them if stale)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(import.meta.url);
export const repoRoot = path.resolve(path.dirname(here), '..');

/** Every non-test TypeScript source under shared/, sorted: what the result types can depend on. */
function sharedSources(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  walk(path.join(root, 'shared'));
  return out.sort();
}

/** The cache key: shared/ sources, this generator, the compiler that resolves the types and zod (types derive from its schemas). */
export function resultSchemasHash(root = repoRoot) {
  const hash = crypto.createHash('sha256');
  const zodVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
  hash.update(`typescript ${ts.version}, zod ${zodVersion}\n`);
  hash.update(fs.readFileSync(here));
  for (const file of sharedSources(root)) {
    hash.update(`\n${path.relative(root, file)}\n`);
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Turns resolved checker types into JSON Schema (draft-07, what ajv speaks by default). */
function schemaWriter(checker) {
  const visiting = new Set();

  const literalOf = (type) => {
    if (type.flags & ts.TypeFlags.StringLiteral) return { ok: true, value: type.value };
    if (type.flags & ts.TypeFlags.NumberLiteral) return { ok: true, value: type.value };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { ok: true, value: checker.typeToString(type) === 'true' };
    return { ok: false };
  };

  function union(types, where) {
    const members = types.filter((type) => !(type.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const simple = [];
    const literals = [];
    const others = [];
    const literalTrue = members.some((t) => t.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(t) === 'true');
    const literalFalse = members.some((t) => t.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(t) === 'false');
    for (const member of members) {
      if (member.flags & ts.TypeFlags.BooleanLiteral && literalTrue && literalFalse) {
        if (!simple.includes('boolean')) simple.push('boolean');
        continue;
      }
      const literal = literalOf(member);
      if (literal.ok) literals.push(literal.value);
      else {
        const schema = write(member, where);
        const keys = Object.keys(schema);
        if (keys.length === 1 && keys[0] === 'type' && typeof schema.type === 'string') simple.push(schema.type);
        else others.push(schema);
      }
    }
    const options = [];
    if (simple.length === 1) options.push({ type: simple[0] });
    else if (simple.length > 1) options.push({ type: simple });
    if (literals.length === 1) options.push({ const: literals[0] });
    else if (literals.length > 1) options.push({ enum: literals });
    options.push(...others);
    // `string | null` reads best as one type list; enums with null stay an anyOf.
    if (options.length === 0) return { not: {} };
    if (options.length === 1) return options[0];
    return { anyOf: options };
  }

  function object(type, where) {
    if (visiting.has(type)) throw new Error(`${where}: recursive result types are not supported (${checker.typeToString(type)})`);
    const name = type.getSymbol()?.getName();
    if (name === 'Date' || name === 'Map' || name === 'Set' || name === 'Promise') {
      throw new Error(`${where}: ${checker.typeToString(type)} does not travel as JSON; declare a string, array or object`);
    }
    if (type.getCallSignatures().length > 0) throw new Error(`${where}: a function does not travel as JSON`);
    visiting.add(type);
    try {
      const properties = {};
      const required = [];
      for (const property of checker.getPropertiesOfType(type)) {
        const propertyType = checker.getTypeOfSymbol(property);
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
        properties[property.getName()] = write(propertyType, `${where}.${property.getName()}`);
        if (!optional) required.push(property.getName());
      }
      const schema = { type: 'object' };
      if (Object.keys(properties).length > 0) schema.properties = properties;
      if (required.length > 0) schema.required = required;
      const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & (ts.TypeFlags.String | ts.TypeFlags.Number));
      schema.additionalProperties = index ? write(index.type, `${where}[key]`) : false;
      return schema;
    } finally {
      visiting.delete(type);
    }
  }

  function write(type, where) {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.Never) return { not: {} };
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (f & ts.TypeFlags.Undefined) throw new Error(`${where}: undefined does not travel as JSON; make the property optional or null`);
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.TemplateLiteral) return { type: 'string' };
    const literal = literalOf(type);
    if (literal.ok) return { const: literal.value };
    if (type.isUnion()) return union(type.types, where);
    if (checker.isTupleType(type)) {
      const items = checker.getTypeArguments(type).map((element, i) => write(element, `${where}[${i}]`));
      return { type: 'array', items, minItems: items.length, maxItems: items.length };
    }
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type);
      return { type: 'array', items: write(element, `${where}[]`) };
    }
    if (f & ts.TypeFlags.Object || type.isIntersection()) return object(type, where);
    throw new Error(`${where}: no JSON Schema for ${checker.typeToString(type)}`);
  }

  return write;
}

/** Generate the schemas: `{ [method]: JSONSchema }` for every method of the contract. */
export function generateResultSchemas(root = repoRoot) {
  const configFile = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const contractFile = path.join(root, 'shared', 'api', 'contract.ts');
  // Only the contract and what it imports: shared/ needs no ambient types (no node, no DOM globals).
  const program = ts.createProgram([contractFile], { ...parsed.options, types: [], noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(contractFile);
  const contractSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((s) => s.getName() === 'contract');
  if (!contractSymbol) throw new Error('shared/api/contract.ts exports no `contract`');
  const write = schemaWriter(checker);
  const schemas = {};
  for (const method of checker.getPropertiesOfType(checker.getTypeOfSymbol(contractSymbol))) {
    const definition = checker.getTypeOfSymbol(method);
    const resultProperty = definition.getProperty('resultType');
    if (!resultProperty) throw new Error(`${method.getName()} is not declared with defineMethod<Result>()`);
    // `resultType?: Result` reads back as `Result | undefined`; the union writer drops the undefined.
    schemas[method.getName()] = write(checker.getTypeOfSymbol(resultProperty), method.getName());
  }
  return schemas;
}

// Several test processes may ask at once; each writes to its own temporary file and renames.
const memo = new Map();

/** The schemas for the current sources, from the cache or freshly generated (and then cached). */
export function loadResultSchemas(root = repoRoot) {
  const hash = resultSchemasHash(root);
  if (memo.has(hash)) return memo.get(hash);
  const dir = path.join(root, 'test-results', 'cache');
  const file = path.join(dir, `result-schemas-${hash}.json`);
  let schemas;
  if (fs.existsSync(file)) schemas = JSON.parse(fs.readFileSync(file, 'utf8'));
  else {
    schemas = generateResultSchemas(root);
    fs.mkdirSync(dir, { recursive: true });
    for (const old of fs.readdirSync(dir)) if (/^result-schemas-.*\.json$/.test(old)) fs.rmSync(path.join(dir, old), { force: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(schemas));
    fs.renameSync(temp, file);
  }
  memo.set(hash, { hash, file, schemas });
  return memo.get(hash);
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const started = performance.now();
  const { file, schemas } = loadResultSchemas();
  console.log(`${Object.keys(schemas).length} result schemas in ${path.relative(repoRoot, file)} (${Math.round(performance.now() - started)} ms)`);
}
