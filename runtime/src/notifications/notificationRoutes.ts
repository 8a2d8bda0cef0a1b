// /api/notifications: the user centre's inbox (用户中心消息), read state, and a live stream (SSE).
import Router from '@koa/router';
import { Session } from 'better-sse';
import type { Context } from 'koa';
import type { AuthState } from '../auth/authMiddleware.ts';
import { principalOf } from '../auth/authMiddleware.ts';
import type { Principal } from '../auth/principal.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { AppError } from '../http/appError.ts';
import { positiveInt } from '../http/body.ts';
import { languageOf } from '../http/language.ts';
import type { NotificationHub } from './notificationHub.ts';
import { inboxKeysOf, listNotifications, markAllRead, markRead, newestId, notificationsAfter, notificationView } from './notificationStore.ts';
import type { Notification } from './notificationTypes.ts';

/** Missed notifications a reconnecting stream replays at most (older ones: GET /api/notifications). */
const STREAM_REPLAY_LIMIT = 1000;
/** A stream is ended after this long; the client reconnects, and its token is checked again. */
const STREAM_MAX_AGE_MS = 30 * 60_000;

export interface NotificationRouteDependencies {
  db: Database;
  /** The bundle versions, for the texts of notifications (made on read: notificationContent). */
  catalog: BundleCatalog;
  hub: NotificationHub;
  tokens: TokenService;
  clock: Clock;
  /** How often a stream sends a keep-alive comment. */
  keepAliveMs: number;
  /** Streams one principal may hold open at once (default 10; 0: no limit). */
  maxStreamsPerPrincipal?: number;
}

/** A non-negative whole number (a notification id), or undefined when absent. */
function notificationId(value: unknown, what: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isSafeInteger(n) || n < 0) throw new AppError(400, 'BAD_REQUEST', { detail: `${what} must be a notification id (a whole number ≥ 0)` });
  return n;
}

export function notificationRoutes(deps: NotificationRouteDependencies): Router {
  const router = new Router({ prefix: '/api/notifications' });
  const lang = (ctx: Context) => languageOf(ctx.get('accept-language'));

  router.get('/', async (ctx) => {
    const principal = principalOf(ctx);
    const unread = ctx.query['unread'];
    if (unread !== undefined && unread !== 'true' && unread !== 'false') throw new AppError(400, 'BAD_REQUEST', { detail: 'unread must be true or false' });
    const page = positiveInt(ctx.query['page'], 1, 1_000_000);
    const pageSize = positiveInt(ctx.query['pageSize'], 20, 100);
    const result = await listNotifications(deps.db, deps.catalog, principal, { unreadOnly: unread === 'true', page, pageSize, lang: lang(ctx) });
    ctx.set('X-Total-Count', String(result.total));
    ctx.set('X-Unread-Count', String(result.unread));
    ctx.body = result.items;
  });

  router.post('/read-all', async (ctx) => {
    const principal = principalOf(ctx);
    ctx.body = { marked: await markAllRead(deps.db, principal, deps.clock.now().toISOString()) };
  });

  router.post('/:id/read', async (ctx) => {
    const principal = principalOf(ctx);
    const raw = ctx.params['id'] ?? '';
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
    const view = id === undefined ? undefined : await markRead(deps.db, deps.catalog, principal, id, deps.clock.now().toISOString(), lang(ctx));
    if (!view) throw new AppError(404, 'NOTIFICATION_NOT_FOUND', { id: raw });
    ctx.body = view;
  });

  router.get('/stream', async (ctx) => {
    const principal = await streamPrincipal(ctx, deps);
    const after = notificationId(ctx.get('last-event-id') || ctx.query['lastEventId'], 'Last-Event-ID');
    // A principal holds a bounded number of streams (each is an open connection and a file handle).
    const maxStreams = deps.maxStreamsPerPrincipal ?? 10;
    const release = deps.hub.claimStream(`${principal.role}:${principal.subject}`, maxStreams);
    if (!release) {
      ctx.set('Retry-After', '5');
      throw new AppError(429, 'TOO_MANY_STREAMS', { limit: maxStreams }, { limit: maxStreams });
    }
    const language = lang(ctx);

    // Subscribe before reading the table, so that nothing committed in between is missed; the replay
    // and the live rows are merged by id.
    const buffered: Notification[] = [];
    const stream: { session?: Session; lastSent: number } = { lastSent: 0 };
    const send = (notification: Notification) => {
      const session = stream.session;
      if (!session?.isConnected || notification.id <= stream.lastSent) return;
      session.push(notificationView(notification, language, false), 'notification', String(notification.id));
      stream.lastSent = notification.id;
    };
    const unsubscribe = deps.hub.subscribe(inboxKeysOf(principal), (row) => {
      if (stream.session?.isConnected) send(row);
      else buffered.push(row);
    });
    let replay: Notification[];
    try {
      replay = after === undefined ? [] : await notificationsAfter(deps.db, deps.catalog, principal, after, STREAM_REPLAY_LIMIT);
      stream.lastSent = after ?? (await newestId(deps.db, principal));
    } catch (error) {
      unsubscribe();
      release();
      throw error;
    }

    ctx.status = 200;
    ctx.respond = false; // the session writes the response from here on
    const res = ctx.res;
    const session = new Session(ctx.req, res, {
      keepAlive: deps.keepAliveMs,
      retry: 2000,
      trustClientEventId: false, // read above, validated
      // The stream is the connection's only use: when it ends, so does the connection.
      headers: { Connection: 'close' },
    });
    stream.session = session;
    const end = () => {
      if (!res.writableEnded) res.end();
    };
    const maxAge = setTimeout(end, STREAM_MAX_AGE_MS);
    const unregister = deps.hub.onClose(end);
    session.once('connected', () => {
      for (const row of [...replay, ...buffered.sort((a, b) => a.id - b.id)]) send(row);
      buffered.length = 0;
    });
    session.once('disconnected', () => {
      release();
      clearTimeout(maxAge);
      unsubscribe();
      unregister();
    });
  });

  return router;
}

/**
 * The caller of a stream: from the Authorization header, or from the access_token query parameter —
 * accepted on this route only, because a browser's EventSource cannot send headers.
 */
async function streamPrincipal(ctx: Context, deps: NotificationRouteDependencies): Promise<Principal> {
  const fromHeader = (ctx.state as AuthState).principal;
  if (fromHeader) return fromHeader;
  const token = ctx.query['access_token'];
  if (typeof token === 'string' && token.length > 0) return deps.tokens.verify(token, deps.clock.now());
  if (token !== undefined) throw new AppError(401, 'INVALID_TOKEN');
  return principalOf(ctx);
}
