// The caller's inbox (用户中心消息), as the API offers it: a page of notifications, marking them read, and
// a feed of new ones for a live stream — the missed ones replayed first, then each new one once.
import type { Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { NotificationHub } from './notificationHub.ts';
import { inboxKeysOf, listNotifications, markAllRead, markRead, newestId, notificationsAfter, type NotificationView } from './notificationStore.ts';
import type { Notification } from './notificationTypes.ts';

/** Missed notifications a reconnecting stream replays at most (older ones: the inbox's pages). */
const REPLAY_LIMIT = 1000;

/** New notifications of one caller, in id order, each once. */
export interface NotificationFeed {
  /** Sends the missed notifications, then each new one as it comes. */
  start(send: (notification: Notification) => void): void;
  /** Stops the feed (the stream ended). */
  close(): void;
}

export class NotificationInbox {
  constructor(private readonly deps: { db: Database; catalog: BundleCatalog; hub: NotificationHub; clock: Clock }) {}

  page(principal: Principal, options: { unreadOnly: boolean; page: number; pageSize: number; lang: Lang }): Promise<{ items: NotificationView[]; total: number; unread: number }> {
    return listNotifications(this.deps.db, this.deps.catalog, principal, options);
  }

  /** Marks one of the caller's notifications read, for the caller only (another's does not exist for them). */
  async markRead(principal: Principal, id: string, lang: Lang): Promise<NotificationView> {
    const { db, catalog, clock } = this.deps;
    const view = /^\d{1,15}$/.test(id) ? await markRead(db, catalog, principal, Number(id), clock.now().toISOString(), lang) : undefined;
    if (!view) throw new DomainError('NOTIFICATION_NOT_FOUND', { id });
    return view;
  }

  /** Marks everything the caller has now read; how many were unread. */
  markAllRead(principal: Principal): Promise<number> {
    return markAllRead(this.deps.db, principal, this.deps.clock.now().toISOString());
  }

  /** A feed of the caller's notifications after `after` (replayed, at most REPLAY_LIMIT), or of those to come only. */
  async feed(principal: Principal, after: number | undefined): Promise<NotificationFeed> {
    const { db, catalog, hub } = this.deps;
    // Subscribe before reading the table, so that nothing committed in between is missed; the replay and
    // the live rows are merged by id.
    const buffered: Notification[] = [];
    let send: ((notification: Notification) => void) | undefined;
    let lastSent = 0;
    const forward = (notification: Notification) => {
      if (!send || notification.id <= lastSent) return;
      send(notification);
      lastSent = notification.id;
    };
    const unsubscribe = hub.subscribe(inboxKeysOf(principal), (row) => {
      if (send) forward(row);
      else buffered.push(row);
    });
    let replay: Notification[];
    try {
      replay = after === undefined ? [] : await notificationsAfter(db, catalog, principal, after, REPLAY_LIMIT);
      lastSent = after ?? (await newestId(db, principal));
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return {
      start(to) {
        send = to;
        for (const row of [...replay, ...buffered.sort((a, b) => a.id - b.id)]) forward(row);
        buffered.length = 0;
      },
      close: unsubscribe,
    };
  }
}
