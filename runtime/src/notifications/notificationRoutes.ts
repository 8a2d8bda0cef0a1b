// /api/notifications: the user centre's inbox (用户中心消息), read state, and a live stream (SSE).
import type { Lang } from '@onego/engine';
import { Session } from 'better-sse';
import type { Context } from 'koa';
import Type from 'typebox';
import type { Principal } from '../auth/principal.ts';
import type { TokenService } from '../auth/tokens.ts';
import type { Clock } from '../clock.ts';
import { idParam } from '../http/apiSchemas.ts';
import { AppError } from '../http/appError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { bodyLimits, coded, failure, notFound, unauthenticated } from '../openapi/responses.ts';
import type { NotificationHub } from './notificationHub.ts';
import type { NotificationFeed, NotificationInbox } from './notificationInbox.ts';
import { Notification, NotificationsMarked } from './notificationSchemas.ts';
import { notificationView } from './notificationStore.ts';

/** A stream is ended after this long; the client reconnects, and its token is checked again. */
const STREAM_MAX_AGE_MS = 30 * 60_000;

const count = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });
const noBodyRead = {
  '400': failure('BAD_JSON: a body was sent and is not valid JSON.', coded(['BAD_JSON'])),
  ...bodyLimits,
};
const eventId = (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]*$', description }));

export const notificationApi = declareApi({
  listNotifications: {
    operationId: 'listNotifications',
    method: 'get',
    path: '/api/notifications',
    tags: ['notifications'],
    summary: "List the caller's notifications, newest first",
    description:
      "用户中心消息: a citizen's personal notifications (returned for supplement, matter approved or rejected, application completed or rejected); an officer's personal ones and those of their department (task assigned, supplement received, deadline warning, overdue, rectification opened or overdue), which every officer of the department sees, each with their own read state. Newest first, paged; X-Total-Count counts the matching notifications over all pages and X-Unread-Count the unread ones. Notifications are made from the application's events by a background dispatcher, usually within a second. Any role.",
    access: 'signedIn',
    query: Type.Object({
      unread: Type.Optional(Type.Enum(['true', 'false'], { type: 'string', description: 'true: only unread notifications.' })),
      page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.' }),
      pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page.' }),
    }),
    response: {
      status: 200,
      description: 'One page of notifications.',
      schema: Type.Array(Notification),
      headers: {
        'X-Total-Count': count('How many notifications match the filter, over all pages.'),
        'X-Unread-Count': count('How many of the caller’s notifications are unread.'),
      },
    },
    otherResponses: {},
  },
  markAllNotificationsRead: {
    operationId: 'markAllNotificationsRead',
    method: 'post',
    path: '/api/notifications/read-all',
    tags: ['notifications'],
    summary: "Mark all the caller's notifications read",
    description: '全部已读: every notification the caller has now (personal and department) becomes read for the caller only. No request body is read. Any role.',
    access: 'signedIn',
    response: { status: 200, description: 'How many were unread.', schema: NotificationsMarked },
    otherResponses: noBodyRead,
  },
  markNotificationRead: {
    operationId: 'markNotificationRead',
    method: 'post',
    path: '/api/notifications/{id}/read',
    tags: ['notifications'],
    summary: 'Mark one notification read',
    description: '标记已读, for the caller only (other officers of the department still see a department notification unread). Idempotent. No request body is read. Any role.',
    access: 'signedIn',
    params: Type.Object({ id: idParam('The notification id.') }),
    response: { status: 200, description: 'The notification, read.', schema: Notification },
    otherResponses: {
      ...noBodyRead,
      '400': failure('BAD_JSON: a body was sent and is not valid JSON. TEXT_TOO_LONG: the id is longer than 200 characters.', coded(['BAD_JSON', 'TEXT_TOO_LONG'])),
      '404': notFound('NOTIFICATION_NOT_FOUND', 'no notification with this id is the caller’s (another user’s or department’s is not revealed).'),
    },
  },
  streamNotifications: {
    operationId: 'streamNotifications',
    method: 'get',
    path: '/api/notifications/stream',
    tags: ['notifications'],
    summary: "A live stream of the caller's new notifications (Server-Sent Events)",
    description:
      "实时消息推送 (text/event-stream): each new notification of the caller as an event `notification` whose id is the notification id and whose data is a Notification (JSON, read: false), a comment line as keep-alive every ONEGO_SSE_KEEPALIVE_MS (default 15 s), and `retry: 2000`. Without Last-Event-ID only notifications created after the stream opened are sent; with it (the header a browser's EventSource sends when it reconnects, or the lastEventId query parameter) the caller's notifications after that id are replayed first (at most 1000; read older ones with GET /api/notifications). The server ends a stream after 30 minutes and when it shuts down; EventSource reconnects by itself, and the token is checked again then.\n\n**Token in the URL.** A browser's EventSource cannot send an Authorization header, so this route alone also accepts the bearer token as the access_token query parameter. The tradeoff: a URL can end up in browser history, proxy logs and Referer headers. OneGo never logs query strings; serve it over HTTPS, keep tokens short-lived, and prefer the Authorization header where the client can send one (e.g. a fetch-based SSE client). Any role.",
    // The caller comes from the Authorization header or the access_token query parameter (streamPrincipal).
    access: 'public',
    security: [{ bearer: [] }, { accessToken: [] }],
    query: Type.Object({
      lastEventId: eventId('Same as Last-Event-ID (the header wins).'),
      access_token: Type.Optional(Type.String({ description: 'The bearer token, for clients that cannot send headers (EventSource).' })),
    }),
    headers: [{ name: 'Last-Event-ID', in: 'header', required: false, description: 'Replay the notifications after this id first.', schema: { type: 'string', pattern: '^[0-9]*$' } }],
    response: {
      status: 200,
      description: 'The event stream; it stays open.',
      content: { 'text/event-stream': { schema: { type: 'string', description: 'Events `notification` (id: the notification id; data: a Notification as JSON) and keep-alive comments.' } } },
    },
    otherResponses: {
      '400': failure('BAD_REQUEST: Last-Event-ID (or lastEventId) is not a whole number ≥ 0.', coded(['BAD_REQUEST'])),
      '401': unauthenticated,
      '429': failure(
        'TOO_MANY_STREAMS: the caller holds as many open streams as allowed (ONEGO_MAX_STREAMS_PER_PRINCIPAL, 10 by default); limit names it; retry after closing one. RATE_LIMITED: see the other operations.',
        coded(['TOO_MANY_STREAMS', 'RATE_LIMITED']),
      ),
    },
  },
});

export interface NotificationRouteDependencies {
  inbox: NotificationInbox;
  hub: NotificationHub;
  tokens: TokenService;
  clock: Clock;
  /** How often a stream sends a keep-alive comment. */
  keepAliveMs: number;
  /** Streams one principal may hold open at once (default 10; 0: no limit). */
  maxStreamsPerPrincipal?: number;
}

/** A notification id a stream resumes after (a whole number ≥ 0), or undefined when none is given. */
function resumeAfter(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new AppError(400, 'BAD_REQUEST', { detail: 'Last-Event-ID must be a notification id (a whole number ≥ 0)' });
  return n;
}

/**
 * The caller of a stream: from the Authorization header, or from the access_token query parameter —
 * accepted on this route only, because a browser's EventSource cannot send headers.
 */
async function streamPrincipal(principal: Principal | undefined, token: string | undefined, deps: NotificationRouteDependencies): Promise<Principal> {
  if (principal) return principal;
  if (token === undefined) throw new AppError(401, 'UNAUTHENTICATED');
  if (token.length === 0) throw new AppError(401, 'INVALID_TOKEN');
  return deps.tokens.verify(token, deps.clock.now());
}

/** Streams the caller's notifications until the client goes, the stream is 30 minutes old, or the server stops. */
function stream(ctx: Context, language: Lang, feed: NotificationFeed, deps: NotificationRouteDependencies, release: () => void): void {
  ctx.status = 200;
  ctx.respond = false; // the session writes the response from here on
  const res = ctx.res;
  const session = new Session(ctx.req, res, {
    keepAlive: deps.keepAliveMs,
    retry: 2000,
    trustClientEventId: false, // read by the route, validated
    // The stream is the connection's only use: when it ends, so does the connection.
    headers: { Connection: 'close' },
  });
  const end = () => {
    if (!res.writableEnded) res.end();
  };
  const maxAge = setTimeout(end, STREAM_MAX_AGE_MS);
  const unregister = deps.hub.onClose(end);
  session.once('connected', () =>
    feed.start((notification) => {
      if (session.isConnected) session.push(notificationView(notification, language, false), 'notification', String(notification.id));
    }),
  );
  session.once('disconnected', () => {
    release();
    clearTimeout(maxAge);
    feed.close();
    unregister();
  });
}

export function notificationRoutes(deps: NotificationRouteDependencies) {
  const { inbox } = deps;
  return mountRoutes(notificationApi, {
    listNotifications: async ({ query, principal, lang, ctx }) => {
      const result = await inbox.page(principal, { unreadOnly: query.unread === 'true', page: query.page, pageSize: query.pageSize, lang });
      ctx.set('X-Total-Count', String(result.total));
      ctx.set('X-Unread-Count', String(result.unread));
      return result.items;
    },
    markAllNotificationsRead: async ({ principal }) => ({ marked: await inbox.markAllRead(principal) }),
    markNotificationRead: ({ params, principal, lang }) => inbox.markRead(principal, params.id, lang),
    streamNotifications: async ({ query, principal, lang, ctx }) => {
      const caller = await streamPrincipal(principal, query.access_token, deps);
      const after = resumeAfter(ctx.get('last-event-id') || query.lastEventId);
      // A principal holds a bounded number of streams (each is an open connection and a file handle).
      const maxStreams = deps.maxStreamsPerPrincipal ?? 10;
      const release = deps.hub.claimStream(`${caller.role}:${caller.subject}`, maxStreams);
      if (!release) {
        ctx.set('Retry-After', '5');
        throw new AppError(429, 'TOO_MANY_STREAMS', { limit: maxStreams }, { limit: maxStreams });
      }
      let feed: NotificationFeed;
      try {
        feed = await inbox.feed(caller, after);
      } catch (error) {
        release();
        throw error;
      }
      stream(ctx, lang, feed, deps, release);
    },
  });
}
