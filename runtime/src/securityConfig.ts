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
}

export function securityConfigFromEnv(env: NodeJS.ProcessEnv): SecurityConfig {
  const metricsToken = env['ONEGO_METRICS_TOKEN'];
  if (metricsToken !== undefined && metricsToken !== '' && metricsToken.length < 16) throw new Error('ONEGO_METRICS_TOKEN must be at least 16 characters');
  return {
    ...(metricsToken ? { metricsToken } : {}),
    trustProxy: env['ONEGO_TRUST_PROXY'] === '1' || env['ONEGO_TRUST_PROXY'] === 'true',
    outboundAllow: (env['ONEGO_OUTBOUND_ALLOW'] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
  };
}
