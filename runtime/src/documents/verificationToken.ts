// The token a document's QR code carries: which document (receipt or completion notice) of which
// application, signed with the server's key (HMAC-SHA-256, 128 bits kept). Without the key nobody can make
// a token for another application, so the verification page cannot be used to enumerate applications.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type DocumentKind = 'receipt' | 'completion-notice';

const KIND_LETTER: Record<DocumentKind, string> = { receipt: 'r', 'completion-notice': 'n' };
const TOKEN = /^([rn])([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{22})$/;

const mac = (key: Buffer, kind: DocumentKind, applicationId: string) =>
  createHmac('sha256', key).update(`onego-document-v1\n${kind}\n${applicationId}`).digest().subarray(0, 16);

export function signDocumentToken(key: Buffer, kind: DocumentKind, applicationId: string): string {
  return `${KIND_LETTER[kind]}${Buffer.from(applicationId, 'utf8').toString('base64url')}.${mac(key, kind, applicationId).toString('base64url')}`;
}

/** The document a token names, when the token is one this key signed; undefined for anything else. */
export function readDocumentToken(key: Buffer, token: string): { kind: DocumentKind; applicationId: string } | undefined {
  const parts = TOKEN.exec(token);
  if (!parts) return undefined;
  const [, letter, id, signature] = parts as unknown as [string, string, string, string];
  const kind: DocumentKind = letter === 'r' ? 'receipt' : 'completion-notice';
  const applicationId = Buffer.from(id, 'base64url').toString('utf8');
  const expected = mac(key, kind, applicationId);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { kind, applicationId };
}
