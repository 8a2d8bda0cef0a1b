// fetch for the server's own outbound requests (webhooks, the data-sharing connector), under an
// OutboundPolicy: the URL is checked before the request, and every address its host name resolves to is
// checked at connect time (a lookup hook of undici's connector), so a name that resolved to a public
// address at registration and to 10.0.0.1 now (DNS rebinding) is refused too. Redirects are not followed.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, fetch as undiciFetch, type RequestInit, type Response } from 'undici';
import type { OutboundPolicy, OutboundRefusal } from './outboundPolicy.ts';

/** Thrown (as the cause of fetch's TypeError, or directly) when the policy refuses the target. */
class OutboundBlockedError extends Error {
  readonly code = 'EOUTBOUNDBLOCKED';
  constructor(readonly refusal: OutboundRefusal) {
    super(`the target is refused (${refusal}); allow it with ONEGO_OUTBOUND_ALLOW`);
  }
}

export type OutboundFetch = (url: string, init: RequestInit) => Promise<Response>;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Resolves a host name to all its addresses (dns.lookup; a test may stand in for DNS). */
export type Resolver = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (hostname, callback) => dnsLookup(hostname, { all: true }, callback);

/** A fetch whose every connection obeys `policy`. */
export function createOutboundFetch(policy: OutboundPolicy, resolve: Resolver = systemResolver): OutboundFetch {
  const checkedLookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname, (error, addresses) => {
      if (error) return callback(error, []);
      const refusal = addresses.map((a) => policy.resolvedRefusal(hostname, a.address)).find((r) => r !== undefined);
      if (refusal) return callback(new OutboundBlockedError(refusal), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
  const agent = new Agent({ connect: { lookup: checkedLookup } });
  return async (url, init) => {
    const refusal = policy.urlRefusal(url);
    if (refusal) throw new OutboundBlockedError(refusal);
    return undiciFetch(url, { ...init, redirect: 'manual', dispatcher: agent });
  };
}

/** What went wrong with an outbound request, as a category safe to show an admin (never the raw error). */
export type OutboundFailure = 'timeout' | 'refused' | 'blocked' | 'unreachable' | 'tls' | 'failed';

export function outboundFailure(error: unknown): OutboundFailure {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const codes = chain.map((e) => text((e as { code?: unknown }).code));
  const names = chain.map((e) => text((e as { name?: unknown }).name));
  if (chain.some((e) => e instanceof OutboundBlockedError) || codes.includes('EOUTBOUNDBLOCKED')) return 'blocked';
  if (names.includes('TimeoutError') || names.includes('AbortError') || codes.some((c) => c === 'UND_ERR_CONNECT_TIMEOUT' || c === 'ETIMEDOUT' || c === 'UND_ERR_HEADERS_TIMEOUT')) return 'timeout';
  if (codes.includes('ECONNREFUSED') || codes.includes('ECONNRESET') || codes.includes('UND_ERR_SOCKET')) return 'refused';
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN' || c === 'EHOSTUNREACH' || c === 'ENETUNREACH')) return 'unreachable';
  if (codes.some((c) => c.startsWith('ERR_TLS') || c.includes('CERT') || c.startsWith('ERR_SSL'))) return 'tls';
  return 'failed';
}
