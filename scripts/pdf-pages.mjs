// Renders a PDF's pages to PNG files to look at them (a developer's tool, never used by tests):
//   node scripts/pdf-pages.mjs FILE.pdf [OUT_PREFIX]
// Uses poppler's pdftoppm when it is installed (apt-get install poppler-utils), else prints how
// to get it; the tests read PDFs with pdf.js and need neither.
import { spawnSync } from 'node:child_process';

const [file, prefix = file?.replace(/\.pdf$/i, '')] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/pdf-pages.mjs FILE.pdf [OUT_PREFIX]');
  process.exit(2);
}
const result = spawnSync('pdftoppm', ['-png', '-r', '70', file, prefix], { stdio: 'inherit' });
if (result.error) {
  console.error('pdftoppm is not installed: apt-get install poppler-utils (Debian/Ubuntu) or brew install poppler (macOS).');
  process.exit(1);
}
console.log(`pages written as ${prefix}-N.png`);
process.exit(result.status ?? 1);
