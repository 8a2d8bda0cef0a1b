// The files a citizen uploads to their application draft before submitting (申请材料随草稿上传): for a
// material that the matters included by the draft's saved answers list, within its limits; listed,
// downloaded and removed by the citizen. The submission that names the draft makes them the
// application's (draftUploads.ts).
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { DraftRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { BlobStore } from './blobStore.ts';
import { draftUploadsOf, draftUploadView, recordDraftUpload, type DraftUploadRow } from './draftUploads.ts';
import { storedFile, type StoredFile } from './storedFile.ts';
import { storeUpload, type FileSource } from './storeUpload.ts';
import { materialTarget } from './uploadLimits.ts';

const DAY_MS = 86_400_000;

type DraftUploadView = ReturnType<typeof draftUploadView>;

/** The draft of each method is the citizen's own, unexpired one (the route finds it). */
export class DraftUploadService {
  /** `uploadsPerMaterial`: files a draft may hold for one material (0 or absent: no quota). */
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; blobs: BlobStore; clock: Clock; ttlDays: number; uploadsPerMaterial?: number }) {}

  /** Checked in this order: bundle, material, then the file (read from `source` only then). */
  async upload(draft: DraftRow, materialId: string, principal: Principal, source: FileSource): Promise<DraftUploadView> {
    const { db, catalog, blobs, clock, ttlDays } = this.deps;
    const published = await catalog.version(draft.bundle_id);
    if (!published) throw new DomainError('BUNDLE_NOT_FOUND', { id: draft.bundle_id });
    const compiled = catalog.compile(published);
    const included = compiled.included(JSON.parse(draft.answers)).map((entry) => entry.matter);
    const target = materialTarget(compiled.matters, included, materialId);
    if (!target) throw new DomainError('MATERIAL_NOT_FOUND', { id: materialId });
    const row = await storeUpload(blobs, target, source, (file) => {
      const now = clock.now();
      return recordDraftUpload(db, file, {
        draftId: draft.id,
        applicant: principal.subject,
        uploadedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttlDays * DAY_MS).toISOString(),
      }, this.deps.uploadsPerMaterial);
    });
    return draftUploadView(row);
  }

  async list(draft: DraftRow): Promise<DraftUploadView[]> {
    return (await draftUploadsOf(this.deps.db, draft.id)).map(draftUploadView);
  }

  async file(draft: DraftRow, uploadId: string): Promise<StoredFile> {
    return storedFile(this.deps.blobs, await this.ownUpload(draft, uploadId));
  }

  /** Removes the record only: the file may be another upload's too (content-addressed), and stays. */
  async remove(draft: DraftRow, uploadId: string): Promise<void> {
    const upload = await this.ownUpload(draft, uploadId);
    await this.deps.db('draft_material_uploads').where({ id: upload.id, draft_id: draft.id }).delete();
  }

  private async ownUpload(draft: DraftRow, uploadId: string): Promise<DraftUploadRow> {
    const upload = (await this.deps.db('draft_material_uploads').where({ id: uploadId, draft_id: draft.id }).first()) as DraftUploadRow | undefined;
    if (!upload) throw new DomainError('UPLOAD_NOT_FOUND', { id: uploadId });
    return upload;
  }
}
