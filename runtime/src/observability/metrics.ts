// Prometheus metrics: HTTP requests and latency, commands, timers fired, notifications and webhook
// deliveries, and Node's defaults.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  timersFired: Counter<'kind'>;
  notificationsCreated: Counter<'type'>;
  webhookDeliveries: Counter<'outcome'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'onego_' });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'onego_http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    timersFired: new Counter({ name: 'onego_timers_fired_total', help: 'Deadline timers fired', labelNames: ['kind'], registers: [registry] }),
    notificationsCreated: new Counter({ name: 'onego_notifications_created_total', help: 'Notifications created from application events', labelNames: ['type'], registers: [registry] }),
    webhookDeliveries: new Counter({
      name: 'onego_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: delivered, retry (failed, will retry), failed (gave up), cancelled (webhook removed)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}
