// Prometheus metrics: HTTP requests and latency, commands, timers fired, notifications and webhook
// deliveries, the data-sharing connector, and Node's defaults.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  timersFired: Counter<'kind'>;
  notificationsCreated: Counter<'type'>;
  webhookDeliveries: Counter<'outcome'>;
  /** SMS and e-mail attempts by channel and outcome (delivered, retry, failed). */
  channelMessages: Counter<'channel' | 'outcome'>;
  /** Shared-data look-ups by outcome: resolved, or why nothing could be had (timeout, unreachable, circuit-open …). */
  dataSourceRequests: Counter<'outcome'>;
  /** The connector's circuit breaker: 0 closed, 1 open, 2 half-open. */
  dataSourceCircuitState: Gauge;
  dataSourceCircuitOpened: Counter;
}

export interface MetricSources {
  /** The last year whose national holiday schedule is loaded (0 when none). */
  calendarLastYear?: () => number;
}

const EVENT_LOOP_SAMPLE_MS = 100;

export function createMetrics(sources: MetricSources = {}): Metrics {
  const registry = new Registry();
  // The event-loop delay is sampled every EVENT_LOOP_SAMPLE_MS: prom-client's default, every 10 ms, woke an
  // idle server 100 times a second for about 5 ms of CPU per second (issue #19); a stall still shows in full.
  collectDefaultMetrics({ register: registry, prefix: 'onego_', eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  const { calendarLastYear } = sources;
  if (calendarLastYear) {
    new Gauge({
      name: 'onego_calendar_last_year',
      help: 'The last year whose national holiday schedule (国务院办公厅节假日安排) is loaded; alert when it is the current year from November on',
      registers: [registry],
      collect() {
        this.set(calendarLastYear());
      },
    });
  }
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
    channelMessages: new Counter({
      name: 'onego_channel_messages_total',
      help: 'SMS and e-mail notification attempts by channel and outcome: delivered, retry (failed, will retry), failed (gave up or refused by the gateway)',
      labelNames: ['channel', 'outcome'],
      registers: [registry],
    }),
    dataSourceRequests: new Counter({
      name: 'onego_data_source_requests_total',
      help: 'Shared-data look-ups (秒报/免提交) by outcome: resolved, or the reason nothing was available (timeout, unreachable, http-error, bad-response, circuit-open, cancelled)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    dataSourceCircuitState: new Gauge({ name: 'onego_data_source_circuit_state', help: "The data-sharing connector's circuit breaker: 0 closed, 1 open, 2 half-open", registers: [registry] }),
    dataSourceCircuitOpened: new Counter({ name: 'onego_data_source_circuit_opened_total', help: "Times the data-sharing connector's circuit breaker opened after repeated failures", registers: [registry] }),
  };
}
