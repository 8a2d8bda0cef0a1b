// The quota of files per material (ONEGO_QUOTA_UPLOADS_PER_MATERIAL): an application, or a draft, holds
// at most `limit` files for one material. Checked in the transaction that would record the next one, so
// that uploads arriving together cannot pass it together; over it: UPLOAD_QUOTA_EXCEEDED (429).
import type { Knex } from 'knex';
import { DomainError } from '../domainError.ts';

/** Whose files are counted: an application's (material_uploads) or a draft's (draft_material_uploads). */
type UploadOwner = { table: 'material_uploads'; application_id: string } | { table: 'draft_material_uploads'; draft_id: string };

/** Throws UPLOAD_QUOTA_EXCEEDED when the owner already holds `limit` files of `materialId` (0: no quota). */
export async function refuseOverUploadQuota(trx: Knex, owner: UploadOwner, materialId: string, limit: number): Promise<void> {
  if (limit <= 0) return;
  const { table, ...where } = owner;
  const counted = (await trx(table).where({ ...where, material_id: materialId }).count({ n: '*' }).first()) as { n: number | string } | undefined;
  if (Number(counted?.n ?? 0) >= limit) throw new DomainError('UPLOAD_QUOTA_EXCEEDED', { id: materialId, limit }, { limit });
}
