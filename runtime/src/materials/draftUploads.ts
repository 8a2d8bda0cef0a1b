// The draft_material_uploads table (migration 010): files a citizen uploads to an application draft before
// submitting it. The submission that names the draft moves them into material_uploads (same ids, each
// with its MATERIAL_UPLOADED timeline event at the time it was uploaded) in its own transaction; the rows
// of a draft deleted, expired or submitted go with it (ON DELETE CASCADE). The files stay in the blob store.
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { AcceptedFile } from './acceptedFile.ts';
import { insertUpload } from './materialUploads.ts';
import { refuseOverUploadQuota } from './uploadQuota.ts';
import { formatBytes, materialTarget } from './uploadLimits.ts';

export interface DraftUploadRow {
  id: string;
  draft_id: string;
  material_id: string;
  sha256: string;
  size: number;
  media_type: string;
  declared_type: string | null;
  filename: string;
  uploaded_by: string;
  uploaded_at: string;
}

const draftContentUrl = (row: DraftUploadRow) => `/api/application-drafts/${row.draft_id}/materials/${row.id}/content`;

/** An upload of a draft as the API shows it. */
export const draftUploadView = (row: DraftUploadRow) => ({
  id: row.id,
  draftId: row.draft_id,
  materialId: row.material_id,
  filename: row.filename,
  size: Number(row.size),
  sha256: row.sha256,
  mediaType: row.media_type,
  declaredType: row.declared_type,
  uploadedAt: row.uploaded_at,
  contentUrl: draftContentUrl(row),
});

/**
 * Records a file uploaded to a draft, and keeps the draft from expiring (an upload counts as a save, but
 * does not change the version that guards saves of its answers and data). Refuses (DRAFT_NOT_FOUND) when the draft
 * was deleted, submitted or expired while the file came in, and (UPLOAD_QUOTA_EXCEEDED) when the material
 * already has `maxPerMaterial` files (0: no quota).
 */
export async function recordDraftUpload(
  db: Database,
  file: AcceptedFile,
  by: { draftId: string; applicant: string; uploadedAt: string; expiresAt: string },
  maxPerMaterial = 0,
): Promise<DraftUploadRow> {
  const row: DraftUploadRow = {
    id: file.id,
    draft_id: by.draftId,
    material_id: file.materialId,
    sha256: file.sha256,
    size: file.size,
    media_type: file.mediaType,
    declared_type: file.declaredType ?? null,
    filename: file.filename,
    uploaded_by: by.applicant,
    uploaded_at: by.uploadedAt,
  };
  await db.transaction(async (trx) => {
    const kept = await trx('application_drafts')
      .where({ id: by.draftId, applicant: by.applicant })
      .andWhere('expires_at', '>', by.uploadedAt)
      .update({ updated_at: by.uploadedAt, expires_at: by.expiresAt });
    if (kept !== 1) throw new DomainError('DRAFT_NOT_FOUND', { id: by.draftId });
    await refuseOverUploadQuota(trx, { table: 'draft_material_uploads', draft_id: by.draftId }, file.materialId, maxPerMaterial);
    await trx('draft_material_uploads').insert(row);
  });
  return row;
}

/** Every upload of a draft, oldest first. */
export const draftUploadsOf = async (db: Knex, draftId: string): Promise<DraftUploadRow[]> =>
  (await db('draft_material_uploads').where({ draft_id: draftId }).orderBy([{ column: 'uploaded_at' }, { column: 'id' }])) as DraftUploadRow[];

/**
 * At submission (in its transaction, before the draft is deleted): the uploads of the applicant's
 * unexpired draft become the application's, for the materials that its included matters list, checked
 * again against their limits (the answers may have changed since, and with them the matters). Uploads
 * for a material no included matter lists any more are not carried over; one that no longer fits its
 * material's limits refuses the submission (DRAFT_UPLOAD_NOT_ALLOWED: the citizen replaces it).
 */
export async function moveDraftUploads(
  trx: Knex.Transaction,
  move: { draftId: string; applicant: string; applicationId: string; matters: ReadonlyMap<string, Matter>; included: readonly string[]; now: string },
): Promise<number> {
  const draft = await trx('application_drafts')
    .where({ id: move.draftId, applicant: move.applicant })
    .andWhere('expires_at', '>', move.now)
    .first<{ id: string } | undefined>('id');
  if (!draft) return 0;
  let moved = 0;
  for (const row of await draftUploadsOf(trx, draft.id)) {
    const target = materialTarget(move.matters, move.included, row.material_id);
    if (!target) continue;
    if (!target.limits.mediaTypes.includes(row.media_type) || Number(row.size) > target.limits.maxBytes) {
      throw new DomainError(
        'DRAFT_UPLOAD_NOT_ALLOWED',
        { filename: row.filename, id: target.name, limit: formatBytes(target.limits.maxBytes) },
        { uploadId: row.id, materialId: row.material_id },
      );
    }
    await insertUpload(trx, {
      id: row.id,
      applicationId: move.applicationId,
      materialId: row.material_id,
      matterIds: target.matterIds,
      sha256: row.sha256,
      size: Number(row.size),
      mediaType: row.media_type,
      declaredType: row.declared_type ?? undefined,
      filename: row.filename,
      uploadedBy: row.uploaded_by,
      uploadedAt: row.uploaded_at,
    });
    moved++;
  }
  return moved;
}
