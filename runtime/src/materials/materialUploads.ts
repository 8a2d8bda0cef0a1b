// The material_uploads table: an upload row and its MATERIAL_UPLOADED timeline event are written in one
// transaction, after the file is stored; reads for lists, downloads, task details and the archive.
import type { Knex } from 'knex';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { AppendedEventRow } from '../db/eventLog.ts';
import { refuseOverUploadQuota } from './uploadQuota.ts';

export interface MaterialUploadRow {
  id: string;
  application_id: string;
  material_id: string;
  matter_ids: string;
  sha256: string;
  size: number;
  media_type: string;
  declared_type: string | null;
  filename: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** Application statuses after which nothing more is uploaded. */
export const CLOSED_STATUSES = ['completed', 'rejected', 'withdrawn'];

export interface NewUpload {
  id: string;
  applicationId: string;
  materialId: string;
  matterIds: string[];
  sha256: string;
  size: number;
  mediaType: string;
  declaredType: string | undefined;
  filename: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** The row of an upload. */
const uploadRow = (upload: NewUpload): MaterialUploadRow => ({
  id: upload.id,
  application_id: upload.applicationId,
  material_id: upload.materialId,
  matter_ids: JSON.stringify(upload.matterIds),
  sha256: upload.sha256,
  size: upload.size,
  media_type: upload.mediaType,
  declared_type: upload.declaredType ?? null,
  filename: upload.filename,
  uploaded_by: upload.uploadedBy,
  uploaded_at: upload.uploadedAt,
});

/** Inserts an upload row and its MATERIAL_UPLOADED timeline event (in the caller's transaction). */
export async function insertUpload(trx: Knex, upload: NewUpload): Promise<MaterialUploadRow> {
  const row = uploadRow(upload);
  await trx('material_uploads').insert(row);
  await trx('events').insert({
    application_id: upload.applicationId,
    type: 'MATERIAL_UPLOADED',
    // The first matter that lists the material: officers of its department see the details (file name,
    // hash), others only that a file was uploaded — never more than the data minimisation allows.
    matter_id: upload.matterIds[0] ?? null,
    actor: upload.uploadedBy,
    at: upload.uploadedAt,
    payload: JSON.stringify({
      uploadId: upload.id,
      materialId: upload.materialId,
      matterIds: upload.matterIds,
      sha256: upload.sha256,
      size: upload.size,
      mediaType: upload.mediaType,
      filename: upload.filename,
    }),
  } satisfies AppendedEventRow);
  return row;
}

/**
 * Inserts the upload and its timeline event; refuses (APPLICATION_CLOSED) when the application ended
 * meanwhile, and (UPLOAD_QUOTA_EXCEEDED) when the material already has `maxPerMaterial` files (0: no quota).
 */
export async function recordUpload(db: Database, upload: NewUpload, maxPerMaterial = 0): Promise<MaterialUploadRow> {
  return db.transaction(async (trx) => {
    const application = (await trx('applications').where({ id: upload.applicationId }).select('status').first()) as { status: string } | undefined;
    if (!application) throw new DomainError('APPLICATION_NOT_FOUND', { id: upload.applicationId });
    if (CLOSED_STATUSES.includes(application.status)) throw new DomainError('APPLICATION_CLOSED', { status: application.status });
    await refuseOverUploadQuota(trx, { table: 'material_uploads', application_id: upload.applicationId }, upload.materialId, maxPerMaterial);
    return insertUpload(trx, upload);
  });
}

/** Every upload of an application, oldest first (optionally only of some materials). */
export async function uploadsOf(db: Database, applicationId: string, materialIds?: readonly string[]): Promise<MaterialUploadRow[]> {
  const query = db('material_uploads').where({ application_id: applicationId });
  if (materialIds) query.whereIn('material_id', [...materialIds]);
  return (await query.orderBy([{ column: 'uploaded_at' }, { column: 'id' }])) as MaterialUploadRow[];
}

export const matterIdsOf = (row: MaterialUploadRow): string[] => JSON.parse(row.matter_ids) as string[];

const contentUrl = (row: MaterialUploadRow) => `/api/applications/${row.application_id}/materials/${row.id}/content`;

/** An upload as the API shows it. */
export const uploadView = (row: MaterialUploadRow) => ({
  id: row.id,
  applicationId: row.application_id,
  materialId: row.material_id,
  matterIds: matterIdsOf(row),
  filename: row.filename,
  size: Number(row.size),
  sha256: row.sha256,
  mediaType: row.media_type,
  declaredType: row.declared_type,
  uploadedAt: row.uploaded_at,
  contentUrl: contentUrl(row),
});
