// The inboxes a caller reads and their read state. A citizen reads their personal inbox; an officer
// reads their own and their department's (shared by every officer of it). Read state is per user: a
// read-up-to mark (mark all read) plus single reads above it, so marking all read is one row whatever
// the backlog, and one officer reading a department notification leaves it unread for the others.
import type { Lang } from '@onego/engine';
import type { Knex } from 'knex';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import { loggedEvents, type LoggedEvent } from '../db/eventLog.ts';
import { inboxKey } from './notificationHub.ts';
import { notificationContent } from './notificationTexts.ts';
import { fullDetails, needsTaskId, type Audience, type Notification, type NotificationRow, type NotificationType } from './notificationTypes.ts';

export interface Inbox {
  audience: Audience;
  recipient: string;
}

function inboxesOf(principal: Principal): Inbox[] {
  return [
    { audience: 'user', recipient: principal.subject },
    ...(principal.role === 'officer' && principal.department ? [{ audience: 'department' as const, recipient: principal.department }] : []),
  ];
}

export const inboxKeysOf = (principal: Principal): string[] => inboxesOf(principal).map((inbox) => inboxKey(inbox.audience, inbox.recipient));

/** The caller's notifications (`n`), optionally only unread ones. */
function visible(db: Knex, principal: Principal, mark: number, unreadOnly: boolean): Knex.QueryBuilder {
  const query = db('notifications as n').where((q) => {
    for (const inbox of inboxesOf(principal)) void q.orWhere((inner) => void inner.where({ 'n.audience': inbox.audience, 'n.recipient': inbox.recipient }));
  });
  if (unreadOnly) {
    void query.andWhere('n.id', '>', mark).whereNotExists((sub) => {
      void sub.select(db.raw('1')).from('notification_reads as r').where('r.subject', principal.subject).whereRaw('?? = ??', ['r.notification_id', 'n.id']);
    });
  }
  return query;
}

async function readMark(db: Knex, subject: string): Promise<number> {
  const row = await db('notification_read_marks').where({ subject }).first<{ read_up_to: number } | undefined>('read_up_to');
  return Number(row?.read_up_to ?? 0);
}

export interface NotificationView {
  id: number;
  type: NotificationType;
  audience: 'personal' | 'department';
  department: string | null;
  applicationId: string | null;
  matterId: string | null;
  title: string;
  body: string;
  details: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export function notificationView(notification: Notification, lang: Lang, read: boolean): NotificationView {
  return {
    id: notification.id,
    type: notification.type,
    audience: notification.audience === 'user' ? 'personal' : 'department',
    department: notification.audience === 'department' ? notification.recipient : null,
    applicationId: notification.applicationId,
    matterId: notification.matterId,
    title: lang === 'en' ? notification.title.en : notification.title.zh,
    body: lang === 'en' ? notification.body.en : notification.body.zh,
    details: notification.details,
    createdAt: notification.createdAt,
    read,
  };
}

/** A notification row with its event's row (rows since migration 011 keep neither application, matter nor time). */
type JoinedRow = NotificationRow & {
  event_application_id: string | null;
  event_type: string | null;
  event_matter_id: string | null;
  event_actor: string | null;
  event_at: string | null;
  event_caused: string | null;
};

/** Notification rows with their events' rows, to be read with `resolveNotifications`. */
const withEvents = (query: Knex.QueryBuilder): Knex.QueryBuilder =>
  query
    .leftJoin('events as e', 'e.id', 'n.event_id')
    .select(
      'n.*',
      'e.application_id as event_application_id',
      'e.type as event_type',
      'e.matter_id as event_matter_id',
      'e.actor as event_actor',
      'e.at as event_at',
      'e.caused as event_caused',
    );

/** The event a notification row is about, from its event's row; undefined for rows written before 011. */
function eventOf(row: JoinedRow): LoggedEvent | undefined {
  if (row.event_seq === null || row.event_application_id === null || row.event_type === null || row.event_actor === null || row.event_at === null) return undefined;
  const events = loggedEvents([
    {
      id: row.event_id,
      application_id: row.event_application_id,
      type: row.event_type,
      matter_id: row.event_matter_id,
      actor: row.event_actor,
      at: row.event_at,
      payload: null,
      caused: row.event_caused,
    },
  ]);
  return events.find((e) => e.seq === Number(row.event_seq));
}

/**
 * Whole notifications from their rows: rows since migration 011 get their application, matter and time
 * from the event, their bundle id and task id from the application and the task, and their texts made in
 * the application's bundle version (two statements per page, not per row). Rows written before are whole.
 */
async function resolveNotifications(db: Knex, catalog: BundleCatalog, rows: JoinedRow[]): Promise<Notification[]> {
  const parsed = rows.map((row) => {
    const stored = parseDetails(row.details);
    const event = eventOf(row);
    return {
      row,
      stored,
      event,
      applicationId: row.application_id ?? row.event_application_id,
      matterId: row.matter_id ?? event?.matter_id ?? null,
      compact: !('bundleId' in stored),
    };
  });
  const compact = parsed.filter((p) => p.compact && p.applicationId !== null);
  const applications = new Map<string, { bundle_id: string; bundle_version: number }>();
  const taskIds = new Map<string, string>();
  const ids = [...new Set(compact.map((p) => p.applicationId as string))];
  if (ids.length > 0) {
    const found = await db('applications').whereIn('id', ids).select<{ id: string; bundle_id: string; bundle_version: number }[]>('id', 'bundle_id', 'bundle_version');
    for (const a of found) applications.set(a.id, a);
    const withTasks = [...new Set(compact.filter((p) => needsTaskId(p.row.type)).map((p) => p.applicationId as string))];
    if (withTasks.length > 0) {
      const tasks = await db('tasks').whereIn('application_id', withTasks).select<{ id: string; application_id: string; matter_id: string }[]>('id', 'application_id', 'matter_id');
      for (const t of tasks) taskIds.set(`${t.application_id} ${t.matter_id}`, t.id);
    }
  }
  const resolved: Notification[] = [];
  for (const { row, stored, event, applicationId, matterId, compact: isCompact } of parsed) {
    const application = applicationId ? applications.get(applicationId) : undefined;
    const taskId = applicationId && matterId ? (taskIds.get(`${applicationId} ${matterId}`) ?? null) : null;
    const details = isCompact ? fullDetails(row.type, stored, { bundleId: application?.bundle_id ?? null, taskId, actor: event?.actor ?? row.event_actor ?? '' }) : stored;
    let title = { zh: row.title_zh, en: row.title_en };
    let body = { zh: row.body_zh, en: row.body_en };
    if (row.title_zh === '' && applicationId && application) {
      const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version, db);
      ({ title, body } = notificationContent(row.type, compiled, applicationId, matterId, details));
    }
    resolved.push({
      id: Number(row.id),
      audience: row.audience,
      recipient: row.recipient,
      type: row.type,
      applicationId,
      matterId,
      title,
      body,
      details,
      createdAt: row.created_at || (row.event_at ?? ''),
    });
  }
  return resolved;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Which of these notifications the subject has read. */
async function readIds(db: Knex, subject: string, mark: number, rows: readonly { id: number }[]): Promise<Set<number>> {
  const above = rows.map((r) => Number(r.id)).filter((id) => id > mark);
  const read = new Set(rows.map((r) => Number(r.id)).filter((id) => id <= mark));
  if (above.length > 0) {
    const reads = await db('notification_reads').where({ subject }).whereIn('notification_id', above).select<{ notification_id: number }[]>('notification_id');
    for (const r of reads) read.add(Number(r.notification_id));
  }
  return read;
}

export async function listNotifications(
  db: Database,
  catalog: BundleCatalog,
  principal: Principal,
  options: { unreadOnly: boolean; page: number; pageSize: number; lang: Lang },
): Promise<{ items: NotificationView[]; total: number; unread: number }> {
  const mark = await readMark(db, principal.subject);
  const count = async (unreadOnly: boolean) => Number(((await visible(db, principal, mark, unreadOnly).count({ n: '*' }).first()) as { n: number | string } | undefined)?.n ?? 0);
  const total = await count(options.unreadOnly);
  const unread = options.unreadOnly ? total : await count(true);
  const rows = (await withEvents(visible(db, principal, mark, options.unreadOnly))
    .orderBy('n.id', 'desc')
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize)) as JoinedRow[];
  const read = await readIds(db, principal.subject, mark, rows);
  const notifications = await resolveNotifications(db, catalog, rows);
  return { items: notifications.map((n) => notificationView(n, options.lang, read.has(n.id))), total, unread };
}

/** Marks one of the caller's notifications read; undefined when the caller has no such notification. */
export async function markRead(db: Database, catalog: BundleCatalog, principal: Principal, id: number, now: string, lang: Lang): Promise<NotificationView | undefined> {
  return db.transaction(async (trx) => {
    const row = (await withEvents(visible(trx, principal, 0, false).andWhere('n.id', id)).first()) as JoinedRow | undefined;
    if (!row) return undefined;
    if (id > (await readMark(trx, principal.subject))) {
      await trx('notification_reads').insert({ subject: principal.subject, notification_id: id, read_at: now }).onConflict(['subject', 'notification_id']).ignore();
    }
    const [notification] = await resolveNotifications(trx, catalog, [row]);
    return notification ? notificationView(notification, lang, true) : undefined;
  });
}

/** Marks every notification the caller has now as read; returns how many were unread. */
export async function markAllRead(db: Database, principal: Principal, now: string): Promise<number> {
  return db.transaction(async (trx) => {
    const mark = await readMark(trx, principal.subject);
    const unread = Number(((await visible(trx, principal, mark, true).count({ n: '*' }).first()) as { n: number | string } | undefined)?.n ?? 0);
    const newest = await newestId(trx, principal);
    if (newest > mark) {
      await trx('notification_read_marks').insert({ subject: principal.subject, read_up_to: newest, updated_at: now }).onConflict('subject').merge(['read_up_to', 'updated_at']);
      await trx('notification_reads').where({ subject: principal.subject }).andWhere('notification_id', '<=', newest).delete();
    }
    return unread;
  });
}

/** The id of the caller's newest notification (0 when none). */
export async function newestId(db: Knex, principal: Principal): Promise<number> {
  const row = (await visible(db, principal, 0, false).max({ id: 'n.id' }).first()) as { id: number | string | null } | undefined;
  return Number(row?.id ?? 0);
}

/** The caller's notifications after `afterId`, oldest first (a stream's replay). */
export async function notificationsAfter(db: Database, catalog: BundleCatalog, principal: Principal, afterId: number, limit: number): Promise<Notification[]> {
  const rows = (await withEvents(visible(db, principal, 0, false).andWhere('n.id', '>', afterId)).orderBy('n.id').limit(limit)) as JoinedRow[];
  return resolveNotifications(db, catalog, rows);
}

/** These notifications, oldest first (those another process wrote, for this process's open streams). */
export async function notificationsByIds(db: Database, catalog: BundleCatalog, ids: readonly number[]): Promise<Notification[]> {
  const rows = (await withEvents(db('notifications as n').whereIn('n.id', [...ids])).orderBy('n.id')) as JoinedRow[];
  return resolveNotifications(db, catalog, rows);
}
