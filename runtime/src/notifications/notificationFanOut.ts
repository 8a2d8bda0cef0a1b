// On PostgreSQL, the notifications one process writes reach the open streams of every process. The
// dispatcher's transaction NOTIFYs the channel with the ids it wrote and the writing process (delivered
// when it commits, never for a batch rolled back); each process LISTENs on a connection of its own and
// publishes to its hub what the others wrote, read from the table as a stream's replay reads it. A
// listener that loses its connection (PostgreSQL restarting) connects again; a stream that missed
// something meanwhile gets it when it reconnects (Last-Event-ID replay from the table).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import pg, { type Client, type ClientConfig } from 'pg';
import type { Logger } from 'pino';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import type { NotificationHub } from './notificationHub.ts';
import { notificationsByIds } from './notificationStore.ts';
import type { Notification } from './notificationTypes.ts';

const CHANNEL = 'onego_notifications';
/** Ids per NOTIFY: its payload must stay under PostgreSQL's 8,000 bytes. */
const IDS_PER_MESSAGE = 500;
const RECONNECT_MS = 1000;

interface Message {
  from: string;
  ids: number[];
}

export class NotificationFanOut {
  /** This process, as its messages name it (its own are already published to its hub). */
  private readonly instance = randomUUID();
  private listener: Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; hub: NotificationHub; log: Logger }) {}

  /** In the dispatcher's transaction: tell the other processes about these notifications once it commits. */
  readonly announce = async (trx: Knex.Transaction, notifications: readonly Notification[]): Promise<void> => {
    for (let i = 0; i < notifications.length; i += IDS_PER_MESSAGE) {
      const message: Message = { from: this.instance, ids: notifications.slice(i, i + IDS_PER_MESSAGE).map((n) => n.id) };
      await trx.raw('select pg_notify(?, ?)', [CHANNEL, JSON.stringify(message)]);
    }
  };

  /** Listens from now on (connecting again whenever the connection is lost, until stop). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { connection } = (this.deps.db.client as { config: { connection: ClientConfig } }).config;
    const client = new pg.Client(connection);
    let lost = false;
    const reconnect = (error?: unknown): void => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.deps.log.warn({ err: error }, 'notification listener lost its connection; connecting again');
      this.retry = setTimeout(() => void this.listen(), RECONNECT_MS);
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    client.on('notification', (message) => this.received(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      reconnect(error);
    }
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
