// The settings that defend the server against hostile or careless clients (see runtime/README.md,
// "Limits and hardening"), read from the environment. Kept beside config.ts so that it stays small.

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
  /** Node's HTTP server timeouts (ONEGO_HEADERS_TIMEOUT_MS, ONEGO_REQUEST_TIMEOUT_MS, ONEGO_KEEP_ALIVE_TIMEOUT_MS). */
  timeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0`);
  return value;
}

export function securityConfigFromEnv(env: NodeJS.ProcessEnv): SecurityConfig {
  const metricsToken = env['ONEGO_METRICS_TOKEN'];
  if (metricsToken !== undefined && metricsToken !== '' && metricsToken.length < 16) throw new Error('ONEGO_METRICS_TOKEN must be at least 16 characters');
  return {
    ...(metricsToken ? { metricsToken } : {}),
    trustProxy: env['ONEGO_TRUST_PROXY'] === '1' || env['ONEGO_TRUST_PROXY'] === 'true',
    outboundAllow: (env['ONEGO_OUTBOUND_ALLOW'] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
    rateLimits: { perAddress: whole(env, 'ONEGO_RATE_LIMIT_PER_ADDRESS', 5000), perPrincipal: whole(env, 'ONEGO_RATE_LIMIT_PER_PRINCIPAL', 500) },
    maxStreamsPerPrincipal: whole(env, 'ONEGO_MAX_STREAMS_PER_PRINCIPAL', 10),
    timeouts: {
      headersMs: whole(env, 'ONEGO_HEADERS_TIMEOUT_MS', 20_000),
      requestMs: whole(env, 'ONEGO_REQUEST_TIMEOUT_MS', 300_000),
      keepAliveMs: whole(env, 'ONEGO_KEEP_ALIVE_TIMEOUT_MS', 5_000),
    },
  };
}
