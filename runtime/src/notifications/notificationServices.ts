// The notification machinery of one process: the dispatcher (events → notifications and webhook outbox
// rows), the outbox sender, and the hub that feeds open streams. Started and stopped with the server.
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { RuntimeConfig } from '../config.ts';
import type { Database } from '../db/createDatabase.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { OutboundFetch } from '../outbound/outboundFetch.ts';
import { WebhookDeliverer } from '../webhooks/webhookDeliverer.ts';
import { NotificationDispatcher } from './notificationDispatcher.ts';
import { NotificationHub } from './notificationHub.ts';

export interface NotificationServices {
  hub: NotificationHub;
  dispatcher: NotificationDispatcher;
  webhooks: WebhookDeliverer;
  streamKeepAliveMs: number;
}

export function createNotificationServices(deps: {
  db: Database;
  catalog: BundleCatalog;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  config: RuntimeConfig['notifications'];
  /** How webhooks reach their receivers (under the outbound policy). */
  outbound: OutboundFetch;
}): NotificationServices {
  const { db, catalog, clock, log, metrics, config } = deps;
  const hub = new NotificationHub();
  const webhooks = new WebhookDeliverer(
    db,
    clock,
    log,
    { intervalMs: config.webhookIntervalMs, timeoutMs: config.webhookTimeoutMs, maxAttempts: config.webhookMaxAttempts },
    (outcome) => metrics.webhookDeliveries.inc({ outcome }),
    deps.outbound,
  );
  const dispatcher = new NotificationDispatcher({
    db,
    catalog,
    clock,
    log,
    hub,
    intervalMs: config.intervalMs,
    onNotified: (rows) => {
      for (const row of rows) metrics.notificationsCreated.inc({ type: row.type });
    },
    onOutbox: () => {
      webhooks.runDue().catch((error: unknown) => log.error({ err: error }, 'webhook delivery failed'));
    },
  });
  return { hub, dispatcher, webhooks, streamKeepAliveMs: config.streamKeepAliveMs };
}

export function startNotificationServices(services: NotificationServices): void {
  services.dispatcher.start();
  services.webhooks.start();
}

/** Ends the open streams first (so that closing the server does not wait for them). */
export function closeNotificationStreams(services: NotificationServices): void {
  services.hub.closeAll();
}

export async function stopNotificationServices(services: NotificationServices): Promise<void> {
  services.hub.closeAll();
  await services.dispatcher.stop();
  await services.webhooks.stop();
}
