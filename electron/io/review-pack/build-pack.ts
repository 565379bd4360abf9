import type Database from 'better-sqlite3';
import type { PackFile, PackFormat, PaperSize } from '../../../shared/api/review-pack-api';
import { buildPackModel } from '../../../shared/management-review/pack-model';
import { reviewContent, sha256Hex } from '../../repositories/management-reviews/review-snapshot';
import { renderDocx } from './docx-pack';
import { sealOffice, sealPdf, sealPlaceholder } from './pack-seal';
import { renderPdf } from './pdf-pack';
import { renderXlsx } from './xlsx-pack';

const MIME: Record<PackFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file name from the review's title: letters, digits and dashes. */
function fileBase(title: string, id: number): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `management-review-${id}${slug ? `-${slug}` : ''}`;
}

/** The pack bytes of a review: a held one from its frozen snapshot, with every date pinned to its as-of time. */
export async function packBytes(
  db: Database.Database,
  input: { id: number; format: PackFormat; paper: PaperSize },
  now: string,
  today: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const content = reviewContent(db, input.id, now, today);
  const model = buildPackModel(content);
  const placeholder = sealPlaceholder({ reviewId: input.id, snapshotSha256: content.snapshotSha256, title: model.title });
  let bytes: Buffer;
  if (input.format === 'pdf') bytes = sealPdf(await renderPdf(model, input.paper, placeholder), placeholder);
  else if (input.format === 'docx') bytes = sealOffice(await renderDocx(model, input.paper, placeholder), placeholder, model.asOf);
  else bytes = sealOffice(await renderXlsx(model, placeholder), placeholder, model.asOf);
  return { bytes, fileName: `${fileBase(model.title, input.id)}.${input.format}` };
}

export async function buildPack(
  db: Database.Database,
  input: { id: number; format: PackFormat; paper: PaperSize },
  now: string,
  today: string,
): Promise<PackFile> {
  const { bytes, fileName } = await packBytes(db, input, now, today);
  return { fileName, mimeType: MIME[input.format], contentBase64: bytes.toString('base64'), sha256: sha256Hex(bytes) };
}
