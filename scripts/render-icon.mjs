// Renders build/icon.svg to build/icon.png (1024×1024, transparent corners) in headless Chromium,
// the PNG electron-builder turns into the Linux, Windows and macOS icons.
//   node scripts/render-icon.mjs [--preview DIR]   (--preview also writes 256/64/32/16 px copies to look at)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { preview: { type: 'string' } } });
const svg = fs.readFileSync(path.join(root, 'build', 'icon.svg'), 'utf8');

const found = await findBrowser();
const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
  const render = async (size, file) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  await render(1024, path.join(root, 'build', 'icon.png'));
  console.log('wrote build/icon.png (1024×1024)');
  if (values.preview) {
    fs.mkdirSync(values.preview, { recursive: true });
    for (const size of [256, 64, 32, 16]) await render(size, path.join(values.preview, `icon-${size}.png`));
    console.log(`wrote previews to ${values.preview}`);
  }
} finally {
  await browser.close();
}
