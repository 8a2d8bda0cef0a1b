// The inboxes a caller reads and their read state. A citizen reads their personal inbox; an officer
// reads their own and their department's (shared by every officer of it). Read state is per user: a
// read-up-to mark (mark all read) plus single reads above it, so marking all read is one row whatever
// the backlog, and one officer reading a department notification leaves it unread for the others.
import type { Lang } from '@onego/engine';
import type { Knex } from 'knex';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import { inboxKey } from './notificationHub.ts';
import type { Audience, NotificationRow } from './notificationTypes.ts';

export interface Inbox {
  audience: Audience;
  recipient: string;
}

export function inboxesOf(principal: Principal): Inbox[] {
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
  type: string;
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

export function notificationView(row: NotificationRow, lang: Lang, read: boolean): NotificationView {
  return {
    id: Number(row.id),
    type: row.type,
    audience: row.audience === 'user' ? 'personal' : 'department',
    department: row.audience === 'department' ? row.recipient : null,
    applicationId: row.application_id,
    matterId: row.matter_id,
    title: lang === 'en' ? row.title_en : row.title_zh,
    body: lang === 'en' ? row.body_en : row.body_zh,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
    read,
  };
}

/** Which of these notifications the subject has read. */
async function readIds(db: Knex, subject: string, mark: number, rows: NotificationRow[]): Promise<Set<number>> {
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
  principal: Principal,
  options: { unreadOnly: boolean; page: number; pageSize: number; lang: Lang },
): Promise<{ items: NotificationView[]; total: number; unread: number }> {
  const mark = await readMark(db, principal.subject);
  const count = async (unreadOnly: boolean) => Number(((await visible(db, principal, mark, unreadOnly).count({ n: '*' }).first()) as { n: number | string } | undefined)?.n ?? 0);
  const total = await count(options.unreadOnly);
  const unread = options.unreadOnly ? total : await count(true);
  const rows = (await visible(db, principal, mark, options.unreadOnly)
    .select('n.*')
    .orderBy('n.id', 'desc')
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize)) as NotificationRow[];
  const read = await readIds(db, principal.subject, mark, rows);
  return { items: rows.map((row) => notificationView(row, options.lang, read.has(Number(row.id)))), total, unread };
}

/** Marks one of the caller's notifications read; undefined when the caller has no such notification. */
export async function markRead(db: Database, principal: Principal, id: number, now: string, lang: Lang): Promise<NotificationView | undefined> {
  return db.transaction(async (trx) => {
    const row = (await visible(trx, principal, 0, false).andWhere('n.id', id).select('n.*').first()) as NotificationRow | undefined;
    if (!row) return undefined;
    if (id > (await readMark(trx, principal.subject))) {
      await trx('notification_reads').insert({ subject: principal.subject, notification_id: id, read_at: now }).onConflict(['subject', 'notification_id']).ignore();
    }
    return notificationView(row, lang, true);
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
export async function notificationsAfter(db: Database, principal: Principal, afterId: number, limit: number): Promise<NotificationRow[]> {
  return (await visible(db, principal, 0, false).andWhere('n.id', '>', afterId).select('n.*').orderBy('n.id').limit(limit)) as NotificationRow[];
}
