// The notification machinery of one process: the dispatcher (events → notifications and webhook outbox
// rows), the outbox sender, the hub that feeds open streams, and on PostgreSQL the fan-out that brings
// the other processes' notifications to them. The streams' side runs in every process that serves HTTP,
// the dispatcher and senders in the one that runs the background work (roles/).
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { RuntimeConfig } from '../config.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { OutboundFetch } from '../outbound/outboundFetch.ts';
import { WebhookDeliverer } from '../webhooks/webhookDeliverer.ts';
import type { ChannelConnector } from '../channels/channelConnector.ts';
import { queueChannelDeliveries } from '../channels/channelOutbox.ts';
import { ChannelSender } from '../channels/channelSender.ts';
import { NotificationDispatcher } from './notificationDispatcher.ts';
import { NotificationFanOut } from './notificationFanOut.ts';
import { NotificationHub } from './notificationHub.ts';

export interface NotificationServices {
  hub: NotificationHub;
  dispatcher: NotificationDispatcher;
  webhooks: WebhookDeliverer;
  /** Sends the SMS and e-mail outbox through the channel gateway. */
  channels: ChannelSender;
  /** PostgreSQL: the notifications of the other processes, for this one's streams (LISTEN/NOTIFY). */
  fanOut: NotificationFanOut | undefined;
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
  /** The SMS and e-mail gateway (通知渠道); none: the in-app inbox only. */
  channelConnector?: ChannelConnector;
}): NotificationServices {
  const { db, catalog, clock, log, metrics, config } = deps;
  const hub = new NotificationHub();
  const fanOut = isPostgres(db) ? new NotificationFanOut({ db, catalog, hub, log }) : undefined;
  const webhooks = new WebhookDeliverer(
    db,
    clock,
    log,
    { intervalMs: config.webhookIntervalMs, timeoutMs: config.webhookTimeoutMs, maxAttempts: config.webhookMaxAttempts },
    (outcome) => metrics.webhookDeliveries.inc({ outcome }),
    deps.outbound,
  );
  const channels = new ChannelSender(
    { db, clock, log, connector: deps.channelConnector, onOutcome: (channel, outcome) => metrics.channelMessages.inc({ channel, outcome }) },
    { intervalMs: config.channelIntervalMs, timeoutMs: config.channelTimeoutMs, maxAttempts: config.channelMaxAttempts },
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
      channels.runDue().catch((error: unknown) => log.error({ err: error }, 'sending notification messages failed'));
    },
    queueChannels: (trx, notifications) => queueChannelDeliveries(trx, catalog, channels.channels, notifications, clock.now().toISOString()),
    ...(fanOut ? { announce: fanOut.announce } : {}),
  });
  return { hub, dispatcher, webhooks, channels, fanOut, streamKeepAliveMs: config.streamKeepAliveMs };
}

/** The streams' side (every process that serves HTTP): listens for the other processes' notifications before it returns. */
export async function listenForOtherProcesses(services: NotificationServices): Promise<void> {
  await services.fanOut?.start();
}

/** Ends the open streams and stops listening (first, so that closing the server does not wait for them). */
export async function closeNotificationStreams(services: NotificationServices): Promise<void> {
  services.hub.closeAll();
  await services.fanOut?.stop();
}

/** The background side (`onego work`, or the all-in-one process): the dispatcher, webhooks and messages. */
export function startNotificationWork(services: NotificationServices): void {
  services.dispatcher.start();
  services.webhooks.start();
  services.channels.start();
}

/** Stops the background side after the batch or delivery in progress. */
export async function stopNotificationWork(services: NotificationServices): Promise<void> {
  await services.dispatcher.stop();
  await services.webhooks.stop();
  await services.channels.stop();
}
