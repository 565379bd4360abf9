import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Roboto as shipped inside pdfmake (build/fonts/Roboto): embedded in every pack, so a PDF reads
 * the same on any machine. Found next to the pdfmake package, wherever node_modules is.
 */
export function robotoDir(): string {
  const base = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'package.json');
  const manifest = createRequire(base).resolve('pdfmake/package.json');
  const dir = path.join(path.dirname(manifest), 'build', 'fonts', 'Roboto');
  if (!fs.existsSync(path.join(dir, 'Roboto-Regular.ttf'))) throw new Error(`The PDF fonts are missing (looked in ${dir}).`);
  return dir;
}
