// The settings that defend the server against hostile or careless clients (see runtime/README.md,
// "Limits and hardening"), from the checked environment (environment.ts declares each variable, its
// range and default). Kept beside config.ts so that it stays small.
import type { Environment } from './environment.ts';

export interface SecurityConfig {
  /** `GET /metrics` answers only `Authorization: Bearer <this>` (ONEGO_METRICS_TOKEN); unset: refused. */
  metricsToken?: string;
  /**
   * Requests come through a reverse proxy the operator trusts (ONEGO_TRUST_PROXY=1): X-Forwarded-Proto
   * says whether the client used TLS (then HSTS is sent) and X-Forwarded-For who the client is.
   */
  trustProxy: boolean;
  /** Hosts and address ranges outbound requests may reach although private (ONEGO_OUTBOUND_ALLOW; see outbound/outboundPolicy.ts). */
  outboundAllow: string[];
  /** Requests per second per client address and per principal (ONEGO_RATE_LIMIT_PER_ADDRESS, _PER_PRINCIPAL; 0: none). */
  rateLimits: { perAddress: number; perPrincipal: number };
  /** Notification streams (SSE) one principal may hold open at once (ONEGO_MAX_STREAMS_PER_PRINCIPAL). */
  maxStreamsPerPrincipal: number;
  /**
   * Quotas (0: none): applications one citizen may submit per calendar day in China Standard Time
   * (ONEGO_QUOTA_APPLICATIONS_PER_DAY), files one application or draft may hold for one material
   * (ONEGO_QUOTA_UPLOADS_PER_MATERIAL). Over them: 429 QUOTA_EXCEEDED, nothing written.
   */
  quotas: Quotas;
  /** Node's HTTP server timeouts (ONEGO_HEADERS_TIMEOUT_MS, ONEGO_REQUEST_TIMEOUT_MS, ONEGO_KEEP_ALIVE_TIMEOUT_MS). */
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
}

interface Quotas {
  applicationsPerDay: number;
  uploadsPerMaterial: number;
}

export function securityConfigFromEnv(e: Environment): SecurityConfig {
  const metricsToken = e.ONEGO_METRICS_TOKEN;
  const trustProxy = e.ONEGO_TRUST_PROXY;
  return {
    ...(metricsToken ? { metricsToken } : {}),
    trustProxy: trustProxy === '1' || trustProxy === 'true',
    outboundAllow: (e.ONEGO_OUTBOUND_ALLOW ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
    rateLimits: { perAddress: e.ONEGO_RATE_LIMIT_PER_ADDRESS, perPrincipal: e.ONEGO_RATE_LIMIT_PER_PRINCIPAL },
    maxStreamsPerPrincipal: e.ONEGO_MAX_STREAMS_PER_PRINCIPAL,
    quotas: { applicationsPerDay: e.ONEGO_QUOTA_APPLICATIONS_PER_DAY, uploadsPerMaterial: e.ONEGO_QUOTA_UPLOADS_PER_MATERIAL },
    timeouts: { headersMs: e.ONEGO_HEADERS_TIMEOUT_MS, requestMs: e.ONEGO_REQUEST_TIMEOUT_MS, keepAliveMs: e.ONEGO_KEEP_ALIVE_TIMEOUT_MS },
  };
}
