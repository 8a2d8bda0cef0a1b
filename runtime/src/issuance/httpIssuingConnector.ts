// The IssuingConnector over HTTP JSON (examples/issuing-provider serves this protocol):
//   POST <ONEGO_ISSUING_URL>   Idempotency-Key: <key>
//     {idempotencyKey, application: {id, bundleId, bundleName, applicant}, data, results: [ResultToIssue]}
//   → {results: [{matterId, number, issuedAt, issuer?, licence?: {fileName, mediaType, content (base64)}}]}
// One attempt per call, with a timeout: the issuance pass retries with backoff. The answer is untrusted:
// it must name every result asked for, once, with a number; anything else is a bad response.
import { outboundFailure, type OutboundFetch } from '../outbound/outboundFetch.ts';
import { IssuingError, type IssuanceRequest, type IssuedByProvider, type IssuingConnector } from './issuingConnector.ts';

export interface HttpIssuingConfig {
  url: string;
  token?: string;
  timeoutMs: number;
}

const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const MAX_LICENCE_BYTES = 4 * 1024 * 1024;
const MEDIA_TYPES = new Set(['application/pdf', 'application/json', 'application/ofd']);

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined);

function accepted(answer: unknown, request: IssuanceRequest): IssuedByProvider[] {
  const bad = (why: string): never => {
    throw new IssuingError('bad-response', why);
  };
  const results = typeof answer === 'object' && answer !== null ? (answer as { results?: unknown }).results : undefined;
  if (!Array.isArray(results)) return bad('the answer has no results list');
  const asked = new Set(request.results.map((r) => r.matterId));
  const issued = new Map<string, IssuedByProvider>();
  for (const entry of results as unknown[]) {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const matterId = text(item['matterId'], 200);
    const number = text(item['number'], 100);
    const issuedAt = text(item['issuedAt'], 40);
    if (!matterId || !asked.has(matterId) || issued.has(matterId)) return bad(`a result names a matter not asked for, or twice: ${String(item['matterId'])}`);
    if (!number || !issuedAt || Number.isNaN(Date.parse(issuedAt))) return bad(`the result of ${matterId} has no number or issue time`);
    const issuer = text(item['issuer'], 200);
    let licence: IssuedByProvider['licence'];
    if (item['licence'] !== undefined) {
      const given = (typeof item['licence'] === 'object' && item['licence'] !== null ? item['licence'] : {}) as Record<string, unknown>;
      const fileName = text(given['fileName'], 200);
      const mediaType = text(given['mediaType'], 100);
      const content = typeof given['content'] === 'string' ? Buffer.from(given['content'], 'base64') : undefined;
      if (!fileName || !mediaType || !MEDIA_TYPES.has(mediaType) || !content || content.length === 0 || content.length > MAX_LICENCE_BYTES) {
        return bad(`the e-licence of ${matterId} is not a PDF, OFD or JSON document of at most 4 MB with a file name`);
      }
      licence = { fileName, mediaType, content };
    }
    issued.set(matterId, { matterId, number, issuedAt: new Date(issuedAt).toISOString(), ...(issuer ? { issuer } : {}), ...(licence ? { licence } : {}) });
  }
  if (issued.size !== asked.size) return bad('the answer leaves out a result asked for');
  return request.results.map((r) => issued.get(r.matterId) as IssuedByProvider);
}

export class HttpIssuingConnector implements IssuingConnector {
  constructor(
    private readonly config: HttpIssuingConfig,
    private readonly send: OutboundFetch,
  ) {}

  async issue(request: IssuanceRequest, signal: AbortSignal): Promise<IssuedByProvider[]> {
    let response;
    try {
      response = await this.send(this.config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': request.idempotencyKey,
          ...(this.config.token ? { authorization: `Bearer ${this.config.token}` } : {}),
        },
        body: JSON.stringify(request),
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.config.timeoutMs)]),
      });
    } catch (error) {
      throw new IssuingError(outboundFailure(error) === 'timeout' ? 'timeout' : 'unreachable', `the issuing system could not be reached (${outboundFailure(error)})`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new IssuingError('http-error', `the issuing system answered status ${response.status}`);
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_ANSWER_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      throw new IssuingError('bad-response', 'the answer is larger than 16 MB');
    }
    let answer: unknown;
    try {
      answer = JSON.parse(await response.text());
    } catch {
      throw new IssuingError('bad-response', 'the answer is not JSON');
    }
    return accepted(answer, request);
  }
}
