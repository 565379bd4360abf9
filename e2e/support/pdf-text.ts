import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, read with pdf.js (an npm package), so tests that check a
 * printed document need no system tools such as poppler's pdftotext.
 */
export async function readPdfText(bytes: Uint8Array): Promise<{ pages: string[]; text: string }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { pages, text: pages.join('\n') };
  } finally {
    await document.destroy();
  }
}
