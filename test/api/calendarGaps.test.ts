// Deadlines never block anyone for lack of a holiday schedule (issue: the shipped national calendar covers
// 2025 and 2026). With the server's clock at 2026-12-28, 2026-12-31 and 2027-01-05, across the three
// examples: submissions, decisions, returns, supplements, ratings and statistics all answer as usual;
// deadlines reaching 2027 count Monday–Friday and say so (dueAtProvisional); /health is degraded with a
// warning and the gauge says 2026. Then an admin loads a 2027 schedule (a TEST FIXTURE, not the real one)
// through the API: the preview lists the moves and writes nothing, the load re-bases every open
// provisional deadline once with a DEADLINE_REBASED timeline event, loading it again changes nothing, and
// the timers fire once each at the new dates.
import { readFileSync } from 'node:fs';
import { matterDeadline, NATIONAL_CALENDARS, WorkingDayCalendar } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApplicationView, type Sample, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';
import { decideStep, walkReview } from '../support/reviewWalk.ts';

const FIXTURE_2027 = JSON.parse(readFileSync('test/fixtures/calendars/cn-national-2027.fixture.json', 'utf8')) as Calendar;
const full = new WorkingDayCalendar([...NATIONAL_CALENDARS.map((c) => c.definition), FIXTURE_2027]);
/** Due instants from the end of 2027-01-01 (CST) on reach 2027. */
const REACHES_2027 = '2026-12-31T16:00:00.000Z';

const sample = (example: string, name: string): Sample => {
  const { answers, data } = JSON.parse(readFileSync(`examples/${example}/samples/${name}.json`, 'utf8')) as Sample;
  return { answers, data };
};
const SAMPLES: [bundleId: string, example: string, name: string][] = [
  ['henan-newborn', 'newborn', 'valid-single-birth'],
  ['henan-newborn', 'newborn', 'valid-twins'],
  ['business-startup', 'business-startup', 'valid-llc-with-employees'],
  ['business-startup', 'business-startup', 'valid-sole-proprietor-no-employees'],
  ['school-enrolment', 'school-enrolment', 'valid-local-owner'],
  ['school-enrolment', 'school-enrolment', 'valid-migrant-manual-review'],
  ['school-enrolment', 'school-enrolment', 'valid-migrant-self-employed'],
];

let server: ServerProcess;
let api: ReturnType<typeof client>;
const citizen = () => api.login('citizen', 'citizen-calendar');
const officer = (department: string) => api.login('officer', `officer-${department}`, department);
const admin = () => api.login('admin', 'admin-calendar');
const ids: string[] = [];
let keys = 0;

async function read(id: string): Promise<ApplicationView> {
  const response = await api.get<ApplicationView>(`/api/applications/${id}`, await citizen());
  expect(response.status).toBe(200);
  return response.body;
}

async function submit(bundleId: string, body: Sample): Promise<SubmitResponse> {
  const response = await api.post<SubmitResponse>('/api/applications', { bundleId, ...body }, await citizen(), { 'idempotency-key': `calendar-${++keys}` });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Every deadline shown says whether it is provisional, and it is exactly when the deadline reaches 2027. */
function expectProvisionalMarks(view: ApplicationView): void {
  for (const m of view.matters) expect(m.dueAtProvisional, `${m.matterId} ${m.status} due ${m.dueAt}`).toBe(m.status === 'pending' && m.dueAt !== null && m.dueAt >= REACHES_2027);
}

/** The limit of each matter of a bundle, from its published definition. */
async function limits(bundleId: string): Promise<Map<string, { days: number; kind: 'working' | 'natural' }>> {
  const response = await api.get<{ definition: { matters: { id: string; timeLimits: { committed: { days: number; kind: 'working' | 'natural' } } }[] } }>(`/api/bundles/${bundleId}`);
  return new Map(response.body.definition.matters.map((m) => [m.id, m.timeLimits.committed]));
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-12-28T09:30:00+08:00' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('at 2026-12-28, without a 2027 schedule', () => {
  it('says so: /health degraded (still 200) with CALENDAR_NEXT_YEAR_MISSING, the gauge at 2026, the listing with a warning', async () => {
    const health = await api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'degraded', warnings: [{ code: 'CALENDAR_NEXT_YEAR_MISSING', year: 2027 }] });
    const metrics = await api.get<string>('/metrics');
    expect(metrics.body).toMatch(/^onego_calendar_last_year 2026$/m);
    const listing = await api.get<{ nationalYears: number[]; warnings: { code: string; message: string }[] }>('/api/calendars');
    expect(listing.body.nationalYears).toEqual([2025, 2026]);
    expect(listing.body.warnings).toEqual([{ code: 'CALENDAR_NEXT_YEAR_MISSING', year: 2027, message: expect.stringContaining('2027 年国家节假日安排') as string }]);
  });

  it('accepts all 7 submissions of the three examples, marking the deadlines that reach 2027', async () => {
    for (const [bundleId, example, name] of SAMPLES) {
      const submitted = await submit(bundleId, sample(example, name));
      for (const m of submitted.matters) expect(m.dueAtProvisional, `${bundleId} ${m.matterId}`).toBe(m.status === 'pending' && m.dueAt !== null && m.dueAt >= REACHES_2027);
      ids.push(submitted.id);
      expectProvisionalMarks(await read(submitted.id));
    }
  });

  it('approves every pending matter, starting the dependent ones with provisional deadlines: no refusal, nothing stuck', async () => {
    // Approve one round: the dependants start now, with deadlines in 2027.
    for (const id of ids) {
      for (const matter of (await read(id)).matters.filter((m) => m.status === 'pending')) {
        await walkReview(api, matter.taskId, matter.department);
      }
      const view = await read(id);
      expect(['in_progress', 'completed']).toContain(view.status);
      expectProvisionalMarks(view);
    }
    const provisional = (await Promise.all(ids.map(read))).flatMap((v) => v.matters.filter((m) => m.dueAtProvisional));
    expect(provisional.length).toBeGreaterThan(0);
    for (const department of new Set(provisional.map((m) => m.department))) {
      const inbox = await api.get<TaskSummary[]>('/api/tasks?status=pending', await officer(department));
      expect(inbox.status).toBe(200);
      for (const task of inbox.body) expect(task.dueAtProvisional).toBe(task.dueAt !== null && task.dueAt >= REACHES_2027);
      expect(inbox.body.some((t) => t.dueAtProvisional)).toBe(true);
    }
  });
});

describe('at 2026-12-31 and 2027-01-05, still without it', () => {
  let returned: { id: string; taskId: string; department: string } | undefined;

  it('2026-12-31: newborn and business start-up submissions are accepted', async () => {
    await moveClockTo(api, '2026-12-31T10:00:00');
    const newborn = await submit('henan-newborn', sample('newborn', 'valid-single-birth'));
    const business = await submit('business-startup', sample('business-startup', 'valid-llc-with-employees'));
    ids.push(newborn.id, business.id);
    expect(newborn.matters.some((m) => m.dueAtProvisional)).toBe(true);
  });

  it('2027-01-05: decisions, a return, its supplement, ratings and statistics all answer as usual', async () => {
    await moveClockTo(api, '2027-01-05T10:00:00');
    const newborn = await read(ids.at(-2) as string);
    const certificate = newborn.matters.find((m) => m.matterId === 'birth-medical-certificate' && m.status === 'pending');
    expect(certificate).toBeDefined();
    const back = await decideStep(api, certificate?.taskId ?? '', 'health', { decision: 'return', fields: ['/mother/name'], comment: '请核对母亲姓名' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    returned = { id: newborn.id, taskId: certificate?.taskId ?? '', department: 'health' };
    const data = sample('newborn', 'valid-single-birth').data;
    const supplemented = await api.post(`/api/applications/${newborn.id}/supplement`, { data: { ...data, mother: { ...(data['mother'] as object), name: '王雨彤' } } }, await citizen());
    expect(supplemented.status, JSON.stringify(supplemented.body)).toBe(200);
    const resumed = await read(newborn.id);
    expectProvisionalMarks(resumed);
    expect(resumed.matters.find((m) => m.matterId === 'birth-medical-certificate')?.dueAtProvisional).toBe(true);

    // Complete one application and rate it badly: a rectification with a deadline in 2027.
    let view = await read(ids[0] as string);
    while (view.status === 'in_progress') {
      for (const matter of view.matters.filter((m) => m.status === 'pending')) {
        await walkReview(api, matter.taskId, matter.department);
      }
      view = await read(view.id);
    }
    expect(view.status).toBe('completed');
    const rated = await api.post<{ rectifications: { dueAt: string; dueAtProvisional: boolean }[] }>(`/api/applications/${view.id}/rating`, { overall: { score: 1, comment: '等待太久' } }, await citizen());
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);
    // The rectification's 5 working days from Tuesday 1/5 count Monday–Friday: due Tuesday 1/12, provisionally.
    expect(rated.body.rectifications.length).toBeGreaterThan(0);
    for (const r of rated.body.rectifications) expect(r).toMatchObject({ dueAt: '2027-01-12T15:59:59.999Z', dueAtProvisional: true });
    const stats = await api.get<{ processing: { finished: number; provisional: number } }>('/api/stats/bundles/henan-newborn', await admin());
    expect(stats.status).toBe(200);
    expect(stats.body.processing.provisional).toBe(stats.body.processing.finished);
    expect(stats.body.processing.finished).toBeGreaterThan(0);
    expect(returned).toBeDefined();
  });
});

describe('loading the 2027 schedule (a test fixture) through the API', () => {
  type Moved = { applicationId: string; taskId: string; matterId: string; from: string; to: string; provisional: boolean };
  let preview: Moved[] = [];
  let openProvisional: { applicationId: string; matterId: string; dueAt: string }[] = [];

  it('is for admins only, and refuses a file of another year or region with located problems', async () => {
    expect((await api.put('/api/calendars/national/2027', FIXTURE_2027, await officer('health'))).status).toBe(403);
    expect((await api.put('/api/calendars/national/2027', FIXTURE_2027)).status).toBe(401);
    const wrongYear = await api.put<{ code: string; issues: { path: string; message: string }[] }>('/api/calendars/national/2028', FIXTURE_2027, await admin());
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.code).toBe('DEFINITION_INVALID');
    expect(wrongYear.body.issues[0]).toMatchObject({ path: '/year', message: expect.stringContaining('不是 2028 年') as string });
    const notWeekend = await api.put<{ issues: { message: string }[] }>('/api/calendars/national/2027', { ...FIXTURE_2027, workdays: [{ date: '2027-02-22', name: { zh: '调休', en: 'make-up' } }] }, await admin());
    expect(notWeekend.status).toBe(422);
    expect(notWeekend.body.issues[0]?.message).toContain('不是周末');
  });

  it('previews which deadlines would move, writing nothing', async () => {
    const views = await Promise.all(ids.map(read));
    openProvisional = views.flatMap((v) => v.matters.filter((m) => m.status === 'pending' && m.dueAtProvisional).map((m) => ({ applicationId: v.id, matterId: m.matterId, dueAt: m.dueAt as string })));
    expect(openProvisional.length).toBeGreaterThan(0);
    const response = await api.put<{ changed: boolean; dryRun: boolean; count: number; rebased: Moved[] }>('/api/calendars/national/2027?dryRun=true', FIXTURE_2027, await admin());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ changed: true, dryRun: true });
    preview = response.body.rebased;
    // Every open provisional deadline is listed (moved, or only its mark dropped).
    expect(preview.map((m) => `${m.applicationId} ${m.matterId}`).sort()).toEqual(openProvisional.map((m) => `${m.applicationId} ${m.matterId}`).sort());
    // Nothing written: still provisional, no 2027 in the listing.
    expect((await read(openProvisional[0]?.applicationId ?? '')).matters.find((m) => m.matterId === openProvisional[0]?.matterId)?.dueAtProvisional).toBe(true);
    expect((await api.get<{ nationalYears: number[] }>('/api/calendars')).body.nationalYears).toEqual([2025, 2026]);
  });

  it('re-bases every open provisional deadline to the deadline the full calendar gives, once, with a timeline event', async () => {
    const response = await api.put<{ changed: boolean; count: number; rebased: Moved[] }>('/api/calendars/national/2027', FIXTURE_2027, await admin());
    expect(response.status).toBe(200);
    expect(response.body.changed).toBe(true);
    expect(response.body.rebased).toEqual(preview);
    const bundleLimits = new Map<string, Awaited<ReturnType<typeof limits>>>();
    for (const moved of response.body.rebased) {
      const view = await read(moved.applicationId);
      const matter = view.matters.find((m) => m.matterId === moved.matterId);
      expect(matter).toMatchObject({ dueAt: moved.to, dueAtProvisional: false });
      // From scratch with the full calendar (no pauses but for the supplemented certificate, whose
      // pause is preserved: checked by its own due date below).
      const bundleId = (await api.get<{ bundleId: string }>(`/api/applications/${moved.applicationId}`, await citizen())).body.bundleId;
      if (!bundleLimits.has(bundleId)) bundleLimits.set(bundleId, await limits(bundleId));
      const limit = bundleLimits.get(bundleId)?.get(moved.matterId);
      if (limit && moved.from !== moved.to && view.timeline.every((e) => !(e.matterId === moved.matterId && e.what === 'RETURN'))) {
        expect(moved.to).toBe(matterDeadline(matter?.acceptedAt ?? '', limit, [], full).dueAt);
      }
      const events = view.timeline.filter((e) => e.what === 'DEADLINE_REBASED' && e.matterId === moved.matterId);
      expect(events).toHaveLength(moved.from === moved.to ? 0 : 1);
      if (events[0]) expect(events[0]).toMatchObject({ who: 'admin-calendar', details: { from: moved.from, to: moved.to, provisional: false } });
    }
    expect((await api.get('/api/calendars')).body).toMatchObject({ nationalYears: [2025, 2026, 2027] });
    for (const id of ids) expect((await read(id)).matters.filter((m) => m.status === 'pending' && m.dueAtProvisional)).toEqual([]);
    // The open rectification: no 2027 holiday before 1/12, so the same date, no longer provisional.
    const rectifications = (response.body as unknown as { rectifications: { applicationId: string; from: string; to: string; provisional: boolean }[] }).rectifications;
    expect(rectifications.length).toBeGreaterThan(0);
    for (const r of rectifications) expect(r).toMatchObject({ applicationId: ids[0], from: '2027-01-12T15:59:59.999Z', to: '2027-01-12T15:59:59.999Z', provisional: false });
    const rating = await api.get<{ rectifications: { dueAtProvisional: boolean }[] }>(`/api/applications/${ids[0] ?? ''}/rating`, await citizen());
    expect(rating.body.rectifications.map((r) => r.dueAtProvisional)).toEqual(rectifications.map(() => false));
  });

  it('changes nothing when the same file is loaded again', async () => {
    const again = await api.put<{ changed: boolean; count: number }>('/api/calendars/national/2027', FIXTURE_2027, await admin());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ changed: false, count: 0 });
    const events = (await Promise.all(ids.map(read))).flatMap((v) => v.timeline.filter((e) => e.what === 'DEADLINE_REBASED'));
    expect(events.length).toBe(preview.filter((m) => m.from !== m.to).length);
  });

  it('fires each warning and overdue once, at the re-based dates, and /health is ok again', async () => {
    await moveClockTo(api, '2027-03-01T10:00:00');
    for (const id of ids) {
      const view = await read(id);
      for (const matter of view.matters.filter((m) => m.status === 'pending')) {
        const fired = (what: string) => view.timeline.filter((e) => e.matterId === matter.matterId && e.what === what);
        expect(fired('OVERDUE'), `${id} ${matter.matterId}`).toHaveLength(1);
        expect(fired('DEADLINE_WARNING').length).toBeLessThanOrEqual(1);
        // Not before the deadline it had when it fired.
        expect(Date.parse(fired('OVERDUE')[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(matter.dueAt ?? ''));
      }
    }
    expect((await api.get('/health')).body).toEqual({ status: 'ok' });
  });
});

describe('loaded before a provisional deadline passes (2026-12-29)', () => {
  let early: ServerProcess;
  let earlyApi: ReturnType<typeof client>;

  beforeAll(async () => {
    early = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-12-28T09:30:00+08:00' });
    earlyApi = client(early.url);
  }, 60_000);

  afterAll(async () => {
    await early?.stop();
  });

  it('moves the deadline over 元旦 by a working day, and its overdue fires once, at the new date only', async () => {
    const token = await earlyApi.login('citizen', 'citizen-early');
    const submitted = await earlyApi.post<SubmitResponse>('/api/applications', { bundleId: 'school-enrolment', ...sample('school-enrolment', 'valid-migrant-manual-review') }, token, { 'idempotency-key': 'early-1' });
    expect(submitted.status).toBe(201);
    const readEarly = async () => (await earlyApi.get<ApplicationView>(`/api/applications/${submitted.body.id}`, await earlyApi.login('citizen', 'citizen-early'))).body;
    // Approve the verifications: the enrolment application starts on 12-28, due 2027-01-04 by Monday–Friday.
    for (let round = 0; round < 3; round++) {
      for (const m of (await readEarly()).matters.filter((x) => x.status === 'pending' && x.matterId !== 'enrolment-application')) {
        expect((await earlyApi.post(`/api/tasks/${m.taskId}/decision`, { decision: 'approve' }, await earlyApi.login('officer', `o-${m.department}`, m.department))).status).toBe(200);
      }
    }
    const enrolment = (await readEarly()).matters.find((m) => m.matterId === 'enrolment-application');
    expect(enrolment).toMatchObject({ status: 'pending', dueAt: '2027-01-04T15:59:59.999Z', dueAtProvisional: true });

    await moveClockTo(earlyApi, '2026-12-29T10:00:00');
    const loaded = await earlyApi.put<{ count: number; rebased: { matterId: string; from: string; to: string }[] }>('/api/calendars/national/2027', FIXTURE_2027, await earlyApi.login('admin', 'admin-early'));
    expect(loaded.status).toBe(200);
    // The Friday 2027-01-01 is 元旦 in the 2027 schedule: one working day later.
    expect(loaded.body.rebased).toEqual([expect.objectContaining({ matterId: 'enrolment-application', from: '2027-01-04T15:59:59.999Z', to: '2027-01-05T15:59:59.999Z' })]);
    expect((await readEarly()).matters.find((m) => m.matterId === 'enrolment-application')).toMatchObject({ dueAt: '2027-01-05T15:59:59.999Z', dueAtProvisional: false });

    // Past the old date: nothing fires; past the new one: the overdue, once.
    await moveClockTo(earlyApi, '2027-01-05T09:00:00');
    const overdue = (view: ApplicationView) => view.timeline.filter((e) => e.matterId === 'enrolment-application' && e.what === 'OVERDUE');
    expect(overdue(await readEarly())).toEqual([]);
    await moveClockTo(earlyApi, '2027-01-06T09:00:00');
    await moveClockTo(earlyApi, '2027-01-07T09:00:00');
    const after = await readEarly();
    expect(overdue(after)).toHaveLength(1);
    expect(after.timeline.filter((e) => e.matterId === 'enrolment-application' && e.what === 'DEADLINE_WARNING')).toHaveLength(1);
    expect(after.timeline.filter((e) => e.what === 'DEADLINE_REBASED')).toEqual([
      expect.objectContaining({ matterId: 'enrolment-application', who: 'admin-early', details: { from: '2027-01-04T15:59:59.999Z', to: '2027-01-05T15:59:59.999Z', provisional: false } }),
    ]);
  });
});

describe('a regional calendar on top of the national schedule', () => {
  let regional: ServerProcess;
  let regionalApi: ReturnType<typeof client>;

  beforeAll(async () => {
    regional = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:30:00+08:00' });
    regionalApi = client(regional.url);
  }, 60_000);

  afterAll(async () => {
    await regional?.stop();
  });

  it('counts a province’s own holiday in that province’s bundles only, re-basing the open deadlines it moves', async () => {
    // An illustrative regional holiday of Yunnan (530000) on Tuesday 2026-03-03: not a real one.
    const overlay: Calendar = {
      id: 'cn-530000',
      year: 2026,
      region: { divisionCode: '530000', name: { zh: '云南省', en: 'Yunnan Province' } },
      holidays: [{ name: { zh: '地方假日（测试）', en: 'regional holiday (test)' }, from: '2026-03-03', to: '2026-03-03' }],
      workdays: [],
      source: { ref: '测试夹具（TEST FIXTURE）：示意的地方假日' },
    };
    const token = await regionalApi.login('citizen', 'citizen-regional');
    // Submitted before the overlay: due at the end of Tuesday 3/3 by the national schedule.
    const before = await regionalApi.post<SubmitResponse>('/api/applications', { bundleId: 'business-startup', ...sample('business-startup', 'valid-sole-proprietor-no-employees') }, token, { 'idempotency-key': 'regional-0' });
    expect(before.status).toBe(201);
    expect(before.body.matters.find((m) => m.matterId === 'business-registration')?.dueAt).toBe('2026-03-03T15:59:59.999Z');
    const admin = await regionalApi.login('admin', 'admin-regional');
    expect((await regionalApi.put('/api/calendars/530000/2026', { ...overlay, region: { ...overlay.region, divisionCode: '450000' } }, admin)).status).toBe(422);
    const loaded = await regionalApi.put<{ changed: boolean; rebased: { applicationId: string; matterId: string; from: string; to: string }[] }>('/api/calendars/530000/2026', overlay, admin);
    expect(loaded.status).toBe(200);
    expect(loaded.body.changed).toBe(true);
    expect(loaded.body.rebased).toEqual([
      expect.objectContaining({ applicationId: before.body.id, matterId: 'business-registration', from: '2026-03-03T15:59:59.999Z', to: '2026-03-04T15:59:59.999Z' }),
    ]);
    const listing = await regionalApi.get<{ calendars: { region: string; regionName: string | null; year: number }[] }>('/api/calendars');
    expect(listing.body.calendars).toContainEqual(expect.objectContaining({ region: '530000', regionName: '云南省', year: 2026 }));

    // Business start-up is Yunnan's: its 1-working-day registration skips the regional holiday.
    const business = await regionalApi.post<SubmitResponse>('/api/applications', { bundleId: 'business-startup', ...sample('business-startup', 'valid-llc-with-employees') }, token, { 'idempotency-key': 'regional-1' });
    expect(business.status).toBe(201);
    expect(business.body.matters.find((m) => m.matterId === 'business-registration')).toMatchObject({ dueAt: '2026-03-04T15:59:59.999Z', dueAtProvisional: false });
    // The newborn bundle is Henan's: the same day is a working day there.
    const newborn = await regionalApi.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...sample('newborn', 'valid-single-birth') }, token, { 'idempotency-key': 'regional-2' });
    expect(newborn.status).toBe(201);
    expect(newborn.body.matters.find((m) => m.matterId === 'birth-medical-certificate')?.dueAt).toBe('2026-03-03T15:59:59.999Z');
  });
});
