// The e-licences (电子证照) the issuing system issued, for their applicant to download.
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import { readableApplication } from '../applications/readableApplication.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { storedFile, type StoredFile } from '../materials/storedFile.ts';
import type { LicenceRow } from './issueCommand.ts';

export class LicenceService {
  constructor(
    private readonly db: Database,
    private readonly blobs: BlobStore,
  ) {}

  /** The e-licence of one matter's result: its applicant only (anyone else: APPLICATION_NOT_FOUND). */
  async licence(applicationId: string, matterId: string, principal: Principal): Promise<StoredFile> {
    await readableApplication(this.db, applicationId, principal);
    const row = (await this.db('issued_licences').where({ application_id: applicationId, matter_id: matterId }).first()) as LicenceRow | undefined;
    if (!row) throw new DomainError('LICENCE_NOT_FOUND', { id: matterId });
    return storedFile(this.blobs, { id: `${applicationId}/${matterId}`, sha256: row.sha256, filename: row.file_name, media_type: row.media_type, size: row.size });
  }
}

/** The matters of an application whose result has an e-licence to download. */
export async function issuedLicences(db: Database, applicationId: string): Promise<Set<string>> {
  const rows = await db('issued_licences').where({ application_id: applicationId }).select<{ matter_id: string }[]>('matter_id');
  return new Set(rows.map((r) => r.matter_id));
}
