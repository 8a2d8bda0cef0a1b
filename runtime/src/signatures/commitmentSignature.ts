// The signature a commitment (告知承诺) was signed with, as the application view and the task view show it.
import type { CommitmentRow } from '../db/rows.ts';
import type { SignatureMethod } from './signatureImage.ts';

export interface CommitmentSignature {
  sha256: string;
  method: SignatureMethod;
  /** Where it is read (the application view and the task view link it). */
  url: string;
}

/** The signature a commitment row was signed with, as the views show it, or null. */
export const commitmentSignatureOf = (row: Pick<CommitmentRow, 'application_id' | 'signature_sha256' | 'signature_method'>): CommitmentSignature | null =>
  row.signature_sha256
    ? { sha256: row.signature_sha256, method: row.signature_method ?? 'drawn', url: `/api/applications/${encodeURIComponent(row.application_id)}/signatures/${row.signature_sha256}` }
    : null;
