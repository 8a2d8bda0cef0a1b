// A database written before migration 011 (which changed how applications, their timeline, tasks and
// notifications are stored) reads as it did, and its applications go on. The fixture was recorded from
// OneGo at commit 682192a, driven through its API: five newborn applications (completed after a return and
// a supplement, rejected, accepted with a material owed, in progress, returned), the rows it wrote, and
// what its API answered about them. Here those rows are put into a database migrated up to 011, the
// server migrates it and must answer the same; then the open applications are taken to the end.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../runtime/src/db/migrations.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

interface Fixture {
  rows: Record<'bundle_versions' | 'applications' | 'tasks' | 'events' | 'notifications' | 'commitments' | 'task_counts' | 'notification_cursors', Record<string, unknown>[]>;
  expected: Record<string, unknown>;
}

interface View {
  status: string;
  matters: { matterId: string; taskId: string; department: string; status: string }[];
  timeline: { what: string; matterId?: string }[];
}

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/before-011.json'), 'utf8')) as Fixture;
const [completed, , , inProgress, returned] = (fixture.rows.applications as { id: string }[]).map((a) => a.id);
const CITIZEN = 'citizen-before-011';
const sample = JSON.parse(readFileSync('examples/newborn/samples/valid-single-birth.json', 'utf8')) as { data: Record<string, Record<string, unknown>> };

let server: ServerProcess;
let api: ReturnType<typeof client>;

/** A database as OneGo left it before migration 011, with the fixture's rows. */
async function databaseBefore011(file: string): Promise<void> {
  const db: Knex = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  try {
    const before = MIGRATIONS.filter((m) => m.name < '011');
    await db.migrate.latest({
      migrationSource: {
        getMigrations: () => Promise.resolve(before.map((m) => m.name)),
        getMigrationName: (name: string) => name,
        getMigration: (name: string) => Promise.resolve(before.find((m) => m.name === name) as Knex.Migration),
      },
    });
    await db.transaction(async (trx) => {
      for (const table of ['bundle_versions', 'applications', 'tasks', 'events', 'notifications', 'commitments', 'task_counts'] as const) {
        for (const row of fixture.rows[table]) await trx(table).insert(row);
      }
      for (const cursor of fixture.rows.notification_cursors) await trx('notification_cursors').where({ name: cursor['name'] }).update(cursor);
    });
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-before-011-'));
  await databaseBefore011(path.join(dataDir, 'onego.sqlite'));
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:45:00+08:00', ONEGO_NOTIFY_INTERVAL_MS: '100' }, dataDir);
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const citizen = () => api.login('citizen', CITIZEN);
/**
 * Migration 016 moved the fixture's departments (short ids such as health) to regional department records
 * of the bundle's region (河南, 410000), made as `<short id>-410000` when the database had none.
 */
const regional = (department: string) => (/-\d{6}$/.test(department) ? department : `${department}-410000`);
const officer = (department: string) => api.login('officer', `officer-${department}`, regional(department));

/** What the fixture recorded, with each department id as migration 015 moved it. */
function migrated(recorded: unknown): unknown {
  if (Array.isArray(recorded)) return recorded.map(migrated);
  if (recorded && typeof recorded === 'object') {
    return Object.fromEntries(Object.entries(recorded).map(([k, v]) => [k, k === 'department' && typeof v === 'string' ? regional(v) : migrated(v)]));
  }
  return recorded;
}

async function answer(key: string): Promise<unknown> {
  const [, url = '', who = '', lang] = /^GET (\S+) (\S+)(?: (\S+))?$/.exec(key) ?? [];
  const token = who === 'citizen' ? await citizen() : await officer(who.replace('officer-', ''));
  const paged = url.startsWith('/api/tasks') || url.startsWith('/api/notifications') ? `${url}${url.includes('?') ? '&' : '?'}pageSize=100` : url;
  const response = await api.get(paged, token, lang ? { 'accept-language': lang } : undefined);
  expect(response.status, key).toBe(200);
  if (url.startsWith('/api/tasks')) return { total: response.headers.get('x-total-count'), items: response.body };
  if (url.endsWith('/supplement')) {
    const { applicationId, status, matters, editable, data } = response.body;
    return { applicationId, status, matters, editable, data };
  }
  return response.body;
}

/**
 * The answer without the fields added to the API after the fixture was recorded (e.g. an application's
 * `materials`): what was answered then must be answered the same; what was added since is not compared.
 */
function asRecorded(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.map((a, i) => asRecorded(a, expected[i]));
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object' && !Array.isArray(expected)) {
    const recorded = expected as Record<string, unknown>;
    return Object.fromEntries(Object.entries(actual).filter(([k]) => k in recorded).map(([k, v]) => [k, asRecorded(v, recorded[k])]));
  }
  return actual;
}

async function approvePending(id: string): Promise<View> {
  for (let round = 0; round < 10; round++) {
    const view = (await api.get<View>(`/api/applications/${id}`, await citizen())).body;
    const pending = view.matters.filter((m) => m.status === 'pending');
    if (pending.length === 0) return view;
    for (const m of pending) await walkReview(api, m.taskId, regional(m.department));
  }
  throw new Error('still pending after 10 rounds');
}

describe('a database written before migration 011', () => {
  it('answers every read as it did: applications and timelines, supplement, notifications, inboxes', async () => {
    for (const [key, recorded] of Object.entries(fixture.expected)) {
      const expected = migrated(recorded);
      expect(asRecorded(await answer(key), expected), key).toEqual(expected);
    }
  });

  it('moves its departments to regional department records (migration 016): the matters name them, officers sign in as them', async () => {
    const departments = (await api.get<{ id: string; name: { zh: string }; region: string }[]>('/api/departments?region=410000')).body;
    expect(departments.find((d) => d.id === 'police-410000')).toMatchObject({ name: { zh: '公安局' }, region: '410000' });
    expect(departments.find((d) => d.id === 'health-410000')).toMatchObject({ name: { zh: '卫生健康委员会' }, region: '410000' });
    // The old short id names no department any more: a token of it is refused, not given an empty inbox.
    const stale = await api.post('/api/auth/dev-login', { role: 'officer', subject: 'officer-old', department: 'police' });
    expect(stale.status).toBe(401);
    expect(stale.body['code']).toBe('DEPARTMENT_UNKNOWN');
    const inbox = await api.get<{ department: string }[]>('/api/tasks?pageSize=100', await officer('police'));
    expect(inbox.status).toBe(200);
    expect(inbox.body.length).toBeGreaterThan(0);
    expect(inbox.body.every((t) => t.department === 'police-410000')).toBe(true);
  });

  it('takes its open applications to the end, appending to their timelines', async () => {
    const before = (await api.get<View>(`/api/applications/${inProgress}`, await citizen())).body;
    const done = await approvePending(inProgress ?? '');
    expect(done.status).toBe('completed');
    expect(done.timeline.slice(0, before.timeline.length)).toEqual(before.timeline);
    expect(done.timeline.at(-1)?.what).toBe('APPLICATION_COMPLETED');

    const supplemented = await api.post<View>(`/api/applications/${returned}/supplement`, { data: { ...sample.data, mother: { ...sample.data['mother'], name: '王雨彤' } } }, await citizen());
    expect(supplemented.status, JSON.stringify(supplemented.body)).toBe(200);
    expect((await approvePending(returned ?? '')).status).toBe('completed');
  });

  it('notifies what happened since, in the texts of the application’s bundle version', async () => {
    await api.post('/api/test/clock', { advanceMs: 0 }); // runs the dispatcher
    const mine = (await api.get<{ type: string; applicationId: string; title: string }[]>('/api/notifications?pageSize=100', await citizen())).body;
    const finished = mine.filter((n) => n.type === 'application_completed').map((n) => n.applicationId);
    expect(finished.sort()).toEqual([completed, inProgress, returned].sort());
    expect(mine.find((n) => n.type === 'application_completed' && n.applicationId === returned)?.title).toBe('已办结：新生儿出生一件事');
    const health = (await api.get<{ type: string; applicationId: string; body: string }[]>('/api/notifications?pageSize=100', await officer('health'))).body;
    expect(health.find((n) => n.type === 'supplement_received' && n.applicationId === returned)?.body).toContain(`办件 ${String(returned).slice(0, 8).toUpperCase()}`);
  });
});
