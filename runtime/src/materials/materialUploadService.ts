// The files of an application's materials (申请材料): a citizen uploads them to their own application while
// it runs (for a material its included matters list, within the material's limits) and lists them; the
// applicant and the officers of the departments whose matters list the material download them.
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { BlobStore } from './blobStore.ts';
import { CLOSED_STATUSES, matterIdsOf, recordUpload, uploadsOf, uploadView, type MaterialUploadRow } from './materialUploads.ts';
import { storedFile, type StoredFile } from './storedFile.ts';
import { storeUpload, type FileSource } from './storeUpload.ts';
import { materialTarget } from './uploadLimits.ts';

type MaterialUploadView = ReturnType<typeof uploadView>;

export class MaterialUploadService {
  /** `uploadsPerMaterial`: files an application may hold for one material (0 or absent: no quota). */
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; blobs: BlobStore; clock: Clock; uploadsPerMaterial?: number }) {}

  /** The citizen's own application (someone else's does not exist for them). */
  private async ownApplication(id: string, principal: Principal): Promise<ApplicationRow> {
    const row = (await this.deps.db('applications').where({ id, applicant: principal.subject }).first()) as ApplicationRow | undefined;
    if (!row) throw new DomainError('APPLICATION_NOT_FOUND', { id });
    return row;
  }

  /** Checked in this order: application, status, material, then the file (read from `source` only then). */
  async upload(applicationId: string, materialId: string, principal: Principal, source: FileSource): Promise<MaterialUploadView> {
    const { db, catalog, blobs, clock } = this.deps;
    const application = await this.ownApplication(applicationId, principal);
    if (CLOSED_STATUSES.includes(application.status)) throw new DomainError('APPLICATION_CLOSED', { status: application.status });
    const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version);
    const included = (await db('tasks').where({ application_id: application.id }).select<{ matter_id: string }[]>('matter_id')).map((t) => t.matter_id);
    const target = materialTarget(compiled.matters, included, materialId);
    if (!target) throw new DomainError('MATERIAL_NOT_FOUND', { id: materialId });
    const row = await storeUpload(blobs, target, source, (file) =>
      recordUpload(db, { ...file, applicationId: application.id, matterIds: target.matterIds, uploadedBy: principal.subject, uploadedAt: clock.now().toISOString() }, this.deps.uploadsPerMaterial),
    );
    return uploadView(row);
  }

  /** Every upload of the citizen's own application, oldest first. */
  async list(applicationId: string, principal: Principal): Promise<MaterialUploadView[]> {
    const application = await this.ownApplication(applicationId, principal);
    return (await uploadsOf(this.deps.db, application.id)).map(uploadView);
  }

  /** An upload of an application the caller may read: the applicant's always, an officer's only for their department's matters. */
  async file(application: ApplicationRow, uploadId: string, principal: Principal): Promise<StoredFile> {
    const upload = (await this.deps.db('material_uploads').where({ id: uploadId, application_id: application.id }).first()) as MaterialUploadRow | undefined;
    if (!upload) throw new DomainError('UPLOAD_NOT_FOUND', { id: uploadId });
    if (!(await this.mayRead(upload, application, principal))) throw new DomainError('FORBIDDEN');
    return storedFile(this.deps.blobs, upload);
  }

  private async mayRead(upload: MaterialUploadRow, application: ApplicationRow, principal: Principal): Promise<boolean> {
    if (principal.role === 'citizen') return application.applicant === principal.subject;
    if (principal.role !== 'officer') return false;
    const own = await this.deps.db('tasks')
      .where({ application_id: application.id, department: principal.department ?? '' })
      .whereIn('matter_id', matterIdsOf(upload))
      .select<{ id: string }[]>('id');
    return own.length > 0;
  }
}
