// Feature boundaries in the renderer (docs/architecture.md, "Layers"):
// - a feature (renderer/src/features/<name>/) may use another feature only through that
//   feature's public entry, its folder's index.ts — never a file inside it;
// - generic pieces (renderer/src/ui, renderer/src/lib, renderer/src/api) use no feature at all.
// Tests and their fixtures may reach in: they set up whatever a screen needs.
// The check is a path comparison on relative specifiers, so it needs no module resolver.
import path from 'node:path';

const RENDERER = `${path.sep}renderer${path.sep}src${path.sep}`;

/** `{ root, area, feature }` of a file under renderer/src: area is 'features', 'ui', 'lib'…; feature the folder under features/. */
function placeOf(file) {
  const at = file.lastIndexOf(RENDERER);
  if (at < 0) return null;
  const root = file.slice(0, at + RENDERER.length);
  const [area, feature] = file.slice(root.length).split(path.sep);
  return { root, area, feature: area === 'features' ? feature : null };
}

const GENERIC_AREAS = new Set(['ui', 'lib', 'api']);

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Features use each other only through their public entry (index.ts); ui/, lib/ and api/ use no feature.' },
    messages: {
      internal: "'{{feature}}' is another feature: import its public entry ('{{entry}}'), adding what you need to its index.ts.",
      generic: '{{area}}/ holds generic pieces and must not depend on a feature ({{feature}}); move what both need into {{area}}/ or lib/.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = placeOf(file);
    if (!from) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = placeOf(path.resolve(path.dirname(file), specifier));
      if (!target || target.area !== 'features' || !target.feature) return;
      if (GENERIC_AREAS.has(from.area)) {
        context.report({ node, messageId: 'generic', data: { area: from.area, feature: target.feature } });
        return;
      }
      if (from.area !== 'features' || from.feature === target.feature) return;
      const entry = path.join(target.root, 'features', target.feature);
      if (path.resolve(path.dirname(file), specifier) !== entry) {
        const relative = path.relative(path.dirname(file), entry);
        context.report({ node, messageId: 'internal', data: { feature: target.feature, entry: relative.startsWith('.') ? relative : `./${relative}` } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
