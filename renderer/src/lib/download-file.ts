import type { ExportFile } from '../../../shared/api/catalogue-io-api';

/** Bytes from base64 text (how the API carries files). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** How long the object URL outlives the click: the browser reads the blob from another process. */
export const REVOKE_AFTER_MS = 60_000;

/**
 * Hand a blob to the browser's (or Electron's) download handling: a temporary object URL and a
 * link with `download`. The URL is revoked a minute later, so a large export does not stay in
 * memory for good. Not sooner: the click only asks the browser process to fetch the blob, and on a
 * busy machine a URL revoked after one second was sometimes gone before it did — the download
 * then never started, with no message.
 */
function downloadBlob(fileName: string, blob: Blob, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Download a file the API sent (base64 bytes, name and type). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  downloadBlob(file.fileName, new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }), doc);
}

/** Download text made in the renderer (e.g. an .ics calendar). */
export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }), doc);
}
