// The token a document's QR code carries: which document (receipt or completion notice) of which
// application, signed with the server's key (HMAC-SHA-256, 128 bits kept). Without the key nobody can make
// a token for another application, so the verification page cannot be used to enumerate applications.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type DocumentKind = 'receipt' | 'completion-notice';

const KIND_LETTER: Record<DocumentKind, string> = { receipt: 'r', 'completion-notice': 'n' };
/**
 * r|n, the application id (a uuid, in the clear: it is printed on the document anyway) and the signature
 * (22 characters). No dot: the web app's paths with an extension are files.
 */
const TOKEN = /^([rn])([A-Za-z0-9-]{1,100})([A-Za-z0-9_-]{22})$/;
const APPLICATION_ID = /^[A-Za-z0-9-]{1,100}$/;

const mac = (key: Buffer, kind: DocumentKind, applicationId: string) =>
  createHmac('sha256', key).update(`onego-document-v1\n${kind}\n${applicationId}`).digest().subarray(0, 16);

export function signDocumentToken(key: Buffer, kind: DocumentKind, applicationId: string): string {
  if (!APPLICATION_ID.test(applicationId)) throw new Error(`application id ${applicationId} cannot be put in a verification link`);
  return `${KIND_LETTER[kind]}${applicationId}${mac(key, kind, applicationId).toString('base64url')}`;
}

/** The document a token names, when the token is one this key signed; undefined for anything else. */
export function readDocumentToken(key: Buffer, token: string): { kind: DocumentKind; applicationId: string } | undefined {
  const parts = TOKEN.exec(token);
  if (!parts) return undefined;
  const [, letter, applicationId, signature] = parts as unknown as [string, string, string, string];
  const kind: DocumentKind = letter === 'r' ? 'receipt' : 'completion-notice';
  const expected = mac(key, kind, applicationId);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { kind, applicationId };
}
