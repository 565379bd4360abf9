import type { ExportFile } from '../../../../shared/api/catalogue-io-api';

/** Bytes from base64 text (how the API carries files). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hand a file to the browser's (or Electron's) download handling: a Blob behind a temporary
 * object URL and a link with `download`. The URL is revoked once the download has started,
 * so a large export does not stay in memory.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click starts the download synchronously in Chromium; the delay leaves room for slower hosts.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
