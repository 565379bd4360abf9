import { createHash } from 'node:crypto';
import type { PackFormat, PackVerification } from '../../../shared/api/review-pack-api';
import { readZip, writeZip, type ZipEntry } from './zip-entries';

/**
 * A pack carries a seal in its metadata (PDF Keywords, Office core properties' keywords):
 * `ServiceLedger-Pack/1;review=N;snapshot=<sha256|live>;title=<base64url>;content=<sha256>`.
 * `content` is the SHA-256 of the file with the content hash zeroed (PDF), or of every entry
 * but the core properties plus the seal's other fields (Office). Any edit to the document changes
 * it, so `verifyPack` can say whether a file is an unmodified pack, and of which review.
 */
const MARK = 'ServiceLedger-Pack/1';
const ZERO = '0'.repeat(64);
const SEAL = /ServiceLedger-Pack\/1;review=(\d+);snapshot=([0-9a-f]{64}|live);title=([A-Za-z0-9_-]*);content=([0-9a-f]{64})/;
const CORE = 'docProps/core.xml';

export interface SealFields {
  reviewId: number;
  snapshotSha256: string | null;
  title: string;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The seal with its content hash left as zeros, for the writer to embed. */
export function sealPlaceholder(fields: SealFields): string {
  return `${MARK};review=${fields.reviewId};snapshot=${fields.snapshotSha256 ?? 'live'};title=${Buffer.from(fields.title, 'utf8').toString('base64url')};content=${ZERO}`;
}

/** Fill the PDF's placeholder with the hash of the file as written (same length, so offsets hold). */
export function sealPdf(pdf: Buffer, placeholder: string): Buffer {
  const at = pdf.indexOf(placeholder, 0, 'latin1');
  if (at < 0) throw new Error('the PDF does not carry the seal placeholder');
  const hash = sha256(pdf);
  const sealed = Buffer.from(pdf);
  sealed.write(placeholder.replace(ZERO, hash), at, 'latin1');
  return sealed;
}

function officeDigest(entries: readonly ZipEntry[], sealWithoutContent: string): string {
  const hash = createHash('sha256').update(sealWithoutContent);
  for (const entry of entries) {
    if (entry.name === CORE) continue;
    hash.update(`\u0000${entry.name}\u0000${entry.data.length}\u0000`).update(entry.data);
  }
  return hash.digest('hex');
}

/**
 * Rewrite an Office file so its bytes depend only on its content: core properties dated `asOf`
 * with the seal as keywords, every ZIP entry stamped `asOf`.
 */
export function sealOffice(file: Buffer, placeholder: string, asOf: string): Buffer {
  const entries = readZip(file);
  const stamp = asOf.replace(/\.\d+Z$/, 'Z');
  const content = officeDigest(entries, placeholder);
  const seal = placeholder.replace(ZERO, content);
  const sealed = entries.map((entry) => {
    if (entry.name !== CORE) return entry;
    let xml = entry.data.toString('utf8');
    xml = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    xml = /<cp:keywords\s*\/>|<cp:keywords>[^<]*<\/cp:keywords>/.test(xml)
      ? xml.replace(/<cp:keywords\s*\/>|<cp:keywords>[^<]*<\/cp:keywords>/, `<cp:keywords>${seal}</cp:keywords>`)
      : xml.replace('</cp:coreProperties>', `<cp:keywords>${seal}</cp:keywords></cp:coreProperties>`);
    return { name: entry.name, data: Buffer.from(xml, 'utf8') };
  });
  return writeZip(sealed, asOf);
}

function result(valid: boolean, message: string, format: PackFormat | null, match: RegExpExecArray | null): PackVerification {
  return {
    valid,
    message,
    format,
    reviewId: match ? Number(match[1]) : null,
    reviewTitle: match ? Buffer.from(match[3]!, 'base64url').toString('utf8') : null,
    snapshotSha256: match && match[2] !== 'live' ? match[2]! : null,
  };
}

function describe(match: RegExpExecArray): string {
  const title = Buffer.from(match[3]!, 'base64url').toString('utf8');
  return `review ${match[1]} “${title}”${match[2] === 'live' ? ' (a draft compiled live, not a frozen snapshot)' : `, snapshot SHA-256 ${match[2]}`}`;
}

/** Whether `file` is an unmodified pack, and of which review. */
export function verifyPack(file: Buffer): PackVerification {
  if (file.subarray(0, 5).toString('latin1') === '%PDF-') {
    const text = file.toString('latin1');
    const match = SEAL.exec(text);
    if (!match) return result(false, 'This PDF is not a ServiceLedger review pack (it carries no pack seal).', 'pdf', null);
    const zeroed = Buffer.from(file);
    zeroed.write(match[0].replace(/content=[0-9a-f]{64}$/, `content=${ZERO}`), match.index, 'latin1');
    return sha256(zeroed) === match[4]
      ? result(true, `Unmodified review pack (PDF) of ${describe(match)}.`, 'pdf', match)
      : result(false, `This PDF claims to be the pack of ${describe(match)}, but it was changed after it was made.`, 'pdf', match);
  }
  let entries: ZipEntry[];
  try {
    entries = readZip(file);
  } catch {
    return result(false, 'This file is neither a PDF nor a Word or Excel file, so it is not a review pack.', null, null);
  }
  const format: PackFormat | null = entries.some((e) => e.name === 'word/document.xml')
    ? 'docx'
    : entries.some((e) => e.name === 'xl/workbook.xml')
      ? 'xlsx'
      : null;
  const core = entries.find((e) => e.name === CORE);
  const match = core ? SEAL.exec(core.data.toString('utf8')) : null;
  if (!match) return result(false, 'This file is not a ServiceLedger review pack (it carries no pack seal).', format, null);
  const placeholder = match[0].replace(/content=[0-9a-f]{64}$/, `content=${ZERO}`);
  const label = format === 'docx' ? 'Word' : 'Excel';
  return officeDigest(entries, placeholder) === match[4]
    ? result(true, `Unmodified review pack (${label}) of ${describe(match)}.`, format, match)
    : result(false, `This ${label} file claims to be the pack of ${describe(match)}, but it was changed after it was made.`, format, match);
}
