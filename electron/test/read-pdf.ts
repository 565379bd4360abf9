import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF and its page size, read with pdfjs-dist (no poppler needed). */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; size: { width: number; height: number }; keywords: string | null }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    let size = { width: 0, height: 0 };
    for (let n = 1; n <= document.numPages; n += 1) {
      const page = await document.getPage(n);
      if (n === 1) {
        const viewport = page.getViewport({ scale: 1 });
        size = { width: Math.round(viewport.width), height: Math.round(viewport.height) };
      }
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    const { info } = (await document.getMetadata()) as { info: { Keywords?: string } };
    return { pages, size, keywords: info.Keywords ?? null };
  } finally {
    await document.destroy();
  }
}
