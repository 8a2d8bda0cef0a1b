// On PostgreSQL, the notifications one process writes reach the open streams of every process. The
// dispatcher's transaction NOTIFYs the channel with the ids it wrote and the writing process (delivered
// when it commits, never for a batch rolled back); each process LISTENs on a connection of its own (pgListener.ts) and
// publishes to its hub what the others wrote, read from the table as a stream's replay reads it. A
// listener that loses its connection (PostgreSQL restarting) connects again; a stream that missed
// something meanwhile gets it when it reconnects (Last-Event-ID replay from the table).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import { PgListener } from '../db/pgListener.ts';
import type { NotificationHub } from './notificationHub.ts';
import { notificationsByIds } from './notificationStore.ts';
import type { Notification } from './notificationTypes.ts';

const CHANNEL = 'onego_notifications';
/** Ids per NOTIFY: its payload must stay under PostgreSQL's 8,000 bytes. */
const IDS_PER_MESSAGE = 500;

interface Message {
  from: string;
  ids: number[];
}

export class NotificationFanOut {
  /** This process, as its messages name it (its own are already published to its hub). */
  private readonly instance = randomUUID();
  private readonly listener: PgListener;

  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; hub: NotificationHub; log: Logger }) {
    this.listener = new PgListener({ db: deps.db, channel: CHANNEL, log: deps.log, name: 'notification listener', onMessage: (payload) => this.received(payload) });
  }

  /** In the dispatcher's transaction: tell the other processes about these notifications once it commits. */
  readonly announce = async (trx: Knex.Transaction, notifications: readonly Notification[]): Promise<void> => {
    for (let i = 0; i < notifications.length; i += IDS_PER_MESSAGE) {
      const message: Message = { from: this.instance, ids: notifications.slice(i, i + IDS_PER_MESSAGE).map((n) => n.id) };
      await trx.raw('select pg_notify(?, ?)', [CHANNEL, JSON.stringify(message)]);
    }
  };

  /** Listens from now on (connecting again whenever the connection is lost, until stop). */
  start(): Promise<void> {
    return this.listener.start();
  }

  stop(): Promise<void> {
    return this.listener.stop();
  }

  private received(payload: string | undefined): void {
    let message: Message;
    try {
      message = JSON.parse(payload ?? '') as Message;
    } catch {
      return;
    }
    if (message.from === this.instance || !Array.isArray(message.ids) || message.ids.length === 0) return;
    notificationsByIds(this.deps.db, this.deps.catalog, message.ids)
      .then((notifications) => this.deps.hub.publish(notifications))
      .catch((error: unknown) => this.deps.log.error({ err: error }, 'notifications of another process could not be read for the open streams'));
  }
}
