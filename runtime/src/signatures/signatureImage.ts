// A signature (签名) given with 告知承诺: a PNG the portal made — drawn with a pointer or a finger, or the
// applicant's typed name drawn by the portal for whoever cannot draw — sent base64-encoded.
import { DomainError } from '../domainError.ts';

export type SignatureMethod = 'drawn' | 'typed';

/** At most 200 KB of PNG (a signature pad's image is 5–30 KB). */
const MAX_SIGNATURE_BYTES = 200 * 1024;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG bytes of a signature as sent (base64, or a data: URL of image/png), or SIGNATURE_INVALID. */
export function signaturePng(image: string): Buffer {
  const base64 = image.startsWith('data:image/png;base64,') ? image.slice('data:image/png;base64,'.length) : image;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new DomainError('SIGNATURE_INVALID');
  const png = Buffer.from(base64, 'base64');
  // A PNG signature, then an IHDR chunk: 8 + 25 bytes at least.
  if (png.length < 33 || png.length > MAX_SIGNATURE_BYTES || !png.subarray(0, 8).equals(PNG_MAGIC) || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new DomainError('SIGNATURE_INVALID');
  }
  return png;
}
