// The settings that defend the server against hostile or careless clients (see runtime/README.md,
// "Limits and hardening"), read from the environment. Kept beside config.ts so that it stays small.

export interface SecurityConfig {
  /** `GET /metrics` answers only `Authorization: Bearer <this>` (ONEGO_METRICS_TOKEN); unset: refused. */
  metricsToken?: string;
}

export function securityConfigFromEnv(env: NodeJS.ProcessEnv): SecurityConfig {
  const metricsToken = env['ONEGO_METRICS_TOKEN'];
  if (metricsToken !== undefined && metricsToken !== '' && metricsToken.length < 16) throw new Error('ONEGO_METRICS_TOKEN must be at least 16 characters');
  return {
    ...(metricsToken ? { metricsToken } : {}),
  };
}
