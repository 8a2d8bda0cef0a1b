// GET /metrics: the Prometheus exposition, for the operator's scraper only: it must send
// `Authorization: Bearer <ONEGO_METRICS_TOKEN>`. Without a configured token the endpoint refuses every
// caller (403 METRICS_DISABLED) rather than tell anyone what the server is doing. Mounted before the
// token middleware: this bearer is a shared secret, not a user's token.
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { requireSharedSecret } from '../http/sharedSecret.ts';
import { coded, failure } from '../openapi/responses.ts';
import type { Metrics } from './metrics.ts';

export const metricsApi = declareApi({
  getMetrics: {
    operationId: 'getMetrics',
    method: 'get',
    path: '/metrics',
    tags: ['operations'],
    summary: 'Prometheus metrics',
    description:
      '运行指标: Prometheus text exposition (version 0.0.4): onego_http_request_duration_seconds by method, route and status, onego_timers_fired_total by kind, onego_notifications_created_total by type, onego_webhook_deliveries_total by outcome (delivered, retry, failed, cancelled), onego_data_source_requests_total by outcome (resolved, or why shared data was not available: timeout, unreachable, http-error, bad-response, circuit-open, cancelled), onego_data_source_circuit_state (0 closed, 1 open, 2 half-open) and onego_data_source_circuit_opened_total, and the Node process metrics (onego_ prefix). For the operator’s scraper only: `Authorization: Bearer <ONEGO_METRICS_TOKEN>` (a shared secret, not a user’s token); without ONEGO_METRICS_TOKEN configured, refused to everyone (403 METRICS_DISABLED).',
    // The route checks its own bearer (the user-token middleware comes after it).
    access: 'public',
    security: [{ metricsToken: [] }],
    response: { status: 200, description: 'The metrics in the Prometheus text format.', content: { 'text/plain': { schema: { type: 'string' } } } },
    otherResponses: {
      '401': failure('UNAUTHENTICATED: no bearer token. INVALID_TOKEN: the bearer token is not ONEGO_METRICS_TOKEN.', coded(['UNAUTHENTICATED', 'INVALID_TOKEN'])),
      '403': failure('METRICS_DISABLED: the operator has not set ONEGO_METRICS_TOKEN, so /metrics answers no one.', coded(['METRICS_DISABLED'])),
    },
  },
});

export function metricsRoutes(metrics: Metrics, token: string | undefined) {
  return mountRoutes(metricsApi, {
    getMetrics: async ({ ctx }) => {
      requireSharedSecret(ctx, token, 'METRICS_DISABLED');
      ctx.type = metrics.registry.contentType;
      ctx.body = await metrics.registry.metrics();
    },
  });
}
