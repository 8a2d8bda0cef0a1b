// The fuzz suite's reads of the server's SQLite file (WAL: a reader beside the server's writer): what
// requests write, to compare before and after a refused one (nothing half-written), and the invariants
// that must hold whatever was sent (application status vs tasks, the inbox counts, no orphan rows).
import path from 'node:path';
import knex, { type Knex } from 'knex';

/** Tables only requests write (the notification dispatcher, webhook sender and timers write others on their own). */
const WRITTEN_BY_REQUESTS = [
  'applications',
  'tasks',
  'events',
  'commitments',
  'material_uploads',
  'draft_material_uploads',
  'application_drafts',
  'ratings',
  'matter_ratings',
  'rectifications',
  'department_webhooks',
  'bundle_drafts',
  'bundle_versions',
  'calendars',
  'notification_reads',
];

export function openDatabase(dataDir: string): Knex {
  return knex({ client: 'sqlite3', connection: { filename: path.join(dataDir, 'onego.sqlite') }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
}

/**
 * What requests have written, as one comparable text: the rows of each table, the versions of the
 * applications and drafts, the statuses of the tasks (a refused command changes none of them).
 */
export async function writtenState(db: Knex): Promise<string> {
  const counts = WRITTEN_BY_REQUESTS.map((table) => `(SELECT count(*) FROM ${table}) AS "${table}"`);
  const row = await db.raw<Record<string, unknown>[]>(
    `SELECT ${counts.join(', ')},
       (SELECT total(version) FROM applications) AS "application versions",
       (SELECT total(version) FROM application_drafts) AS "draft versions",
       (SELECT group_concat(status || ':' || n) FROM (SELECT status, count(*) AS n FROM tasks GROUP BY status ORDER BY status)) AS "task statuses",
       (SELECT group_concat(status || ':' || n) FROM (SELECT status, count(*) AS n FROM applications GROUP BY status ORDER BY status)) AS "application statuses"`,
  );
  return JSON.stringify(row[0]);
}

/** Which parts of two written states differ. */
export function difference(before: string, after: string): string {
  const a = JSON.parse(before) as Record<string, unknown>;
  const b = JSON.parse(after) as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${String(a[k])} → ${String(b[k])}`)
    .join('; ');
}

/** The invariants of the data, each broken one as a sentence (none: all hold). */
export async function brokenInvariants(db: Knex): Promise<string[]> {
  const broken: string[] = [];
  const check = async (what: string, sql: string) => {
    const rows = await db.raw<Record<string, unknown>[]>(sql);
    if (rows.length > 0) broken.push(`${what}: ${JSON.stringify(rows.slice(0, 5))}`);
  };
  await check(
    'the inbox counts (task_counts) differ from the tasks',
    `SELECT department, status, counted, kept FROM (
       SELECT t.department, t.status, count(*) AS counted, coalesce((SELECT tasks FROM task_counts c WHERE c.department = t.department AND c.status = t.status), 0) AS kept
       FROM tasks t GROUP BY t.department, t.status
       UNION ALL
       SELECT c.department, c.status, 0, c.tasks FROM task_counts c
       WHERE c.tasks > 0 AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.department = c.department AND t.status = c.status)
     ) WHERE counted <> kept`,
  );
  await check('applications without a task', 'SELECT id, status FROM applications a WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.application_id = a.id)');
  await check(
    'completed applications with a matter not approved',
    "SELECT a.id, t.matter_id, t.status FROM applications a JOIN tasks t ON t.application_id = a.id WHERE a.status = 'completed' AND t.status NOT IN ('approved', 'excluded')",
  );
  await check(
    'rejected applications with no matter rejected',
    "SELECT a.id FROM applications a WHERE a.status = 'rejected' AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.application_id = a.id AND t.status = 'rejected')",
  );
  for (const table of ['tasks', 'events', 'timers', 'commitments', 'material_uploads', 'ratings']) {
    await check(`${table} of no application`, `SELECT application_id FROM ${table} x WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = x.application_id)`);
  }
  await check(
    'timers still scheduled for a matter already decided',
    "SELECT x.id, x.matter_id, t.status FROM timers x JOIN tasks t ON t.application_id = x.application_id AND t.matter_id = x.matter_id WHERE x.status = 'scheduled' AND t.status IN ('approved', 'rejected', 'excluded')",
  );
  await check('rectifications of no rating', 'SELECT id FROM rectifications r WHERE NOT EXISTS (SELECT 1 FROM ratings g WHERE g.application_id = r.application_id)');
  await check('draft uploads of no draft', 'SELECT id FROM draft_material_uploads u WHERE NOT EXISTS (SELECT 1 FROM application_drafts d WHERE d.id = u.draft_id)');
  return broken;
}
