// The signatures of 告知承诺: stored in the blob store before the submission that names them (an unnamed one
// is collected as an orphan after the grace period), read back by whoever may read the application.
import { Readable } from 'node:stream';
import type { Principal } from '../auth/principal.ts';
import { readableApplication } from '../applications/readableApplication.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import type { StoredFile } from '../materials/storedFile.ts';
import { signaturePng, type SignatureMethod } from './signatureImage.ts';

export interface StoredSignature {
  sha256: string;
  size: number;
  method: SignatureMethod;
}

/** Checks and stores a signature; its SHA-256 names it. */
export async function storeSignature(blobs: BlobStore, signature: { image: string; method: SignatureMethod }): Promise<StoredSignature> {
  const png = signaturePng(signature.image);
  const temp = await blobs.writeTemp(Readable.from([png]));
  await blobs.commit(temp);
  return { sha256: temp.sha256, size: temp.size, method: signature.method };
}


export class SignatureService {
  constructor(
    private readonly db: Database,
    private readonly blobs: BlobStore,
  ) {}

  /** A signature of the application's commitments, for whoever may read the application. */
  async signature(applicationId: string, sha256: string, principal: Principal): Promise<StoredFile> {
    await readableApplication(this.db, applicationId, principal);
    const row = (await this.db('commitments').where({ application_id: applicationId, signature_sha256: sha256 }).first()) as { signed_at: string } | undefined;
    if (!row) throw new DomainError('SIGNATURE_NOT_FOUND');
    // A row without its file is a broken store, not a missing signature: 500, logged.
    if (!(await this.blobs.has(sha256))) throw new Error(`the signature ${sha256} of application ${applicationId} is missing`);
    const png = await signatureBytes(this.blobs, sha256);
    return { filename: `signature-${row.signed_at.slice(0, 10)}.png`, mediaType: 'image/png', size: png.length, sha256, content: Readable.from([png]) };
  }
}

/** A signature's PNG (at most 200 KB), whole. */
async function signatureBytes(blobs: BlobStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of blobs.read(sha256) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
