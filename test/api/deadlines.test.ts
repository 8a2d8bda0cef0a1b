// Deadlines end to end with the test clock, across the 2026 Spring Festival (holiday 2/15–2/23, make-up
// working days Saturday 2/14 and Saturday 2/28): working-day due dates, the 80 % warning and the overdue
// event fired once each by the durable scheduler, never for decided matters, and still fired by a new
// process on the same database after a restart.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { walkReview } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const single = newbornSample('valid-single-birth');
/** The end of a day in China Standard Time, as the runtime stores due instants. */
const endOfDayCst = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
const TIMER_EVENTS = new Set(['DEADLINE_WARNING', 'OVERDUE']);

let server: ServerProcess;
let withoutTestClock: ServerProcess;
let api: ReturnType<typeof client>;

/** Dev tokens last 12 hours of the server's clock: log in afresh after each move of the clock. */
const citizen = () => api.login('citizen', 'citizen-deadlines');
const officer = (department: string) => api.login('officer', `officer-${department}`, department);

/** Moves the server's test clock to a local time in China (+08:00); returns how many timers fired. */
async function moveTo(localTime: string): Promise<number> {
  const now = await api.post<{ now: string; timersFired: number }>('/api/test/clock', { advanceMs: 0 });
  expect(now.status).toBe(200);
  const advanceMs = Date.parse(`${localTime}+08:00`) - Date.parse(now.body.now);
  expect(advanceMs).toBeGreaterThan(0);
  const moved = await api.post<{ now: string; timersFired: number }>('/api/test/clock', { advanceMs });
  expect(moved.status).toBe(200);
  expect(Date.parse(moved.body.now) - Date.parse(`${localTime}+08:00`)).toBeLessThan(5_000);
  return now.body.timersFired + moved.body.timersFired;
}

async function read(id: string): Promise<ApplicationView> {
  const response = await api.get<ApplicationView>(`/api/applications/${id}`, await citizen());
  expect(response.status).toBe(200);
  return response.body;
}

/** "DEADLINE_WARNING matter" → how many times it is in the timeline. */
function timerEvents(view: ApplicationView): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of view.timeline.filter((e) => TIMER_EVENTS.has(e.what))) {
    expect(event.who).toBe('scheduler');
    const key = `${event.what} ${event.matterId ?? '?'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** No timer event for a matter at or after its decision. */
function expectNoTimerEventAfterDecision(view: ApplicationView): void {
  for (const event of view.timeline.filter((e) => TIMER_EVENTS.has(e.what))) {
    const decidedAt = matterOf(view, event.matterId ?? '').decidedAt;
    if (decidedAt) expect(Date.parse(event.at), `${event.what} ${event.matterId}`).toBeLessThan(Date.parse(decidedAt));
  }
}

async function waitFor<T>(readOnce: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await readOnce();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [server, withoutTestClock] = await Promise.all([
    startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-02-12T09:30:00+08:00' }),
    // The start is ignored without ONEGO_TEST_CLOCK=1: the test clock is never on by default.
    startServerProcess({ ONEGO_TEST_CLOCK: undefined, ONEGO_TEST_CLOCK_START: '2026-02-12T09:30:00+08:00' }),
  ]);
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.stop(), withoutTestClock?.stop()]);
});

describe('the test clock', () => {
  it('does not exist unless ONEGO_TEST_CLOCK=1', async () => {
    const other = client(withoutTestClock.url);
    const zh = await other.post<{ code: string; message: string }>('/api/test/clock', { advanceMs: 86_400_000 });
    expect(zh.status).toBe(404);
    expect(zh.body).toEqual({ code: 'NOT_FOUND', message: '资源不存在' });
    const en = await other.post<{ code: string; message: string }>('/api/test/clock', { advanceMs: 1 }, undefined, { 'accept-language': 'en' });
    expect(en.status).toBe(404);
    expect(en.body.message).toBe('not found');
    // Its clock is the system's: a token issued now is stamped now, not on 2026-02-12.
    const issuedAt = (decodeJwt(await other.login('citizen', 'someone')).iat ?? 0) * 1000;
    expect(Math.abs(issuedAt - Date.now())).toBeLessThan(60_000);
    await withoutTestClock.stop();
  });

  it('only moves forward, by a number of milliseconds', async () => {
    for (const advanceMs of [-1, '3600000', null]) {
      const response = await api.post<{ code: string }>('/api/test/clock', { advanceMs });
      expect(response.status, String(advanceMs)).toBe(400);
      expect(response.body.code).toBe('BAD_REQUEST');
    }
  });
});

describe('deadlines across the 2026 Spring Festival', () => {
  let a: ApplicationView; // submitted on Thursday 2/12
  let b: ApplicationView; // submitted on the make-up Saturday 2/14

  it('counts the certificate’s 1 working day from Thursday 2/12: due at the end of Friday 2/13 (CST)', async () => {
    const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, await citizen(), {
      'idempotency-key': 'deadline-a',
    });
    expect(submitted.status).toBe(201);
    const due = Object.fromEntries(submitted.body.matters.map((m) => [m.matterId, m.dueAt]));
    expect(due['birth-medical-certificate']).toBe('2026-02-13T15:59:59.999Z');
    expect(due['vaccination-certificate']).toBeNull(); // waiting: no time runs yet
    expect(due['birth-household-registration']).toBeNull();
    a = await read(submitted.body.id);
    expect(matterOf(a, 'birth-registration').status).toBe('approved'); // by rule, at once
    const inbox = await api.get<TaskSummary[]>('/api/tasks?status=pending', await officer('health'));
    expect(inbox.body.find((t) => t.applicationId === a.id)?.dueAt).toBe('2026-02-13T15:59:59.999Z');
    expect(timerEvents(a)).toEqual({});
  });

  it('warns at 80 % of the certificate’s time (the end of the acceptance day) and not earlier', async () => {
    expect(await moveTo('2026-02-12T23:59:00')).toBe(0);
    expect(timerEvents(await read(a.id))).toEqual({});
    expect(await moveTo('2026-02-13T10:00:00')).toBe(1);
    a = await read(a.id);
    expect(timerEvents(a)).toEqual({ 'DEADLINE_WARNING birth-medical-certificate': 1 });
  });

  it('after approval on Friday 2/13, the household registration’s 1 working day ends on the make-up Saturday 2/14', async () => {
    await walkReview(api, matterOf(a, 'birth-medical-certificate').taskId, 'health');
    a = await read(a.id);
    for (const matterId of ['birth-household-registration', 'vaccination-certificate']) {
      const matter = matterOf(a, matterId);
      expect(matter.status).toBe('pending');
      expect(matter.acceptedAt?.slice(0, 10)).toBe('2026-02-13');
      // Not Monday 2/16 (a holiday) nor Tuesday 2/24 (after it): the Saturday is a working day (调休).
      expect(matter.dueAt, matterId).toBe(endOfDayCst('2026-02-14'));
    }
    const police = await api.get<TaskSummary[]>('/api/tasks?status=pending', await officer('police'));
    expect(police.body.find((t) => t.applicationId === a.id)).toMatchObject({ matterId: 'birth-household-registration', dueAt: '2026-02-14T15:59:59.999Z' });
  });

  it('on Saturday 2/14 warns for the two pending matters, but never again for the decided certificate', async () => {
    // Due by now: the warnings of vaccination and household (end of 2/13); the certificate's overdue timer
    // (end of 2/13) was cancelled by its approval.
    expect(await moveTo('2026-02-14T10:00:00')).toBe(2);
    a = await read(a.id);
    expect(timerEvents(a)).toEqual({
      'DEADLINE_WARNING birth-medical-certificate': 1,
      'DEADLINE_WARNING vaccination-certificate': 1,
      'DEADLINE_WARNING birth-household-registration': 1,
    });
  });

  it('counts 4 and 1 working days across the holiday from the make-up Saturday: 2/27 and 2/24', async () => {
    await walkReview(api, matterOf(a, 'birth-household-registration').taskId, 'police');
    a = await read(a.id);
    const card = matterOf(a, 'social-security-card');
    expect(card.status).toBe('pending');
    expect(card.acceptedAt?.slice(0, 10)).toBe('2026-02-14');
    // 4 working days after Saturday 2/14: 2/24, 2/25, 2/26, 2/27 (2/15–2/23 are holidays).
    expect(card.dueAt).toBe(endOfDayCst('2026-02-27'));
    expect(matterOf(a, 'medical-insurance-enrolment').status).toBe('approved'); // by rule

    const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, await citizen(), {
      'idempotency-key': 'deadline-b',
    });
    expect(submitted.status).toBe(201);
    // 1 working day after Saturday 2/14 is Tuesday 2/24, the first working day after the holiday.
    expect(submitted.body.matters.find((m) => m.matterId === 'birth-medical-certificate')?.dueAt).toBe('2026-02-24T15:59:59.999Z');
    b = await read(submitted.body.id);
  });

  it('during the holiday fires the vaccination’s overdue event and B’s warning, once; the approved household gets none', async () => {
    expect(await moveTo('2026-02-16T10:00:00')).toBe(2);
    a = await read(a.id);
    expect(timerEvents(a)).toEqual({
      'DEADLINE_WARNING birth-medical-certificate': 1,
      'DEADLINE_WARNING vaccination-certificate': 1,
      'OVERDUE vaccination-certificate': 1,
      'DEADLINE_WARNING birth-household-registration': 1,
    });
    expect(matterOf(a, 'vaccination-certificate').status).toBe('pending'); // overdue is a flag, not a decision
    expect(timerEvents(await read(b.id))).toEqual({ 'DEADLINE_WARNING birth-medical-certificate': 1 });
    // Advancing again fires nothing twice.
    expect(await moveTo('2026-02-17T10:00:00')).toBe(0);
    expect(timerEvents(await read(a.id))).toEqual(timerEvents(a));
  });

  it('keeps the timers across a restart: a new process on the same database fires what fell due meanwhile, unasked', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    // Tuesday 2/24 (B's certificate deadline) has passed; the card's warning (end of 2/26) has not.
    server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-02-26T12:00:00+08:00' }, server.dataDir);
    api = client(server.url);
    // Only reads from here: the scheduler of the new process must fire on its own.
    b = await waitFor(
      () => read(b.id),
      (view) => view.timeline.some((e) => e.what === 'OVERDUE'),
    );
    expect(timerEvents(b)).toEqual({ 'DEADLINE_WARNING birth-medical-certificate': 1, 'OVERDUE birth-medical-certificate': 1 });
    expect(Date.parse(b.timeline.find((e) => e.what === 'OVERDUE')?.at ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-02-26T12:00:00+08:00'));
    a = await read(a.id);
    expect(timerEvents(a)).not.toHaveProperty(['DEADLINE_WARNING social-security-card']);
  });

  it('warns for the card after its 3rd working day (80 % of 4) and marks it overdue after the 4th, once each', async () => {
    expect(await moveTo('2026-02-27T10:00:00')).toBe(1);
    a = await read(a.id);
    expect(timerEvents(a)).toMatchObject({ 'DEADLINE_WARNING social-security-card': 1 });
    expect(timerEvents(a)).not.toHaveProperty(['OVERDUE social-security-card']);
    expect(await moveTo('2026-02-28T10:00:00')).toBe(1);
    expect(await moveTo('2026-03-31T10:00:00')).toBe(0);
    a = await read(a.id);
    expect(timerEvents(a)).toEqual({
      'DEADLINE_WARNING birth-medical-certificate': 1,
      'DEADLINE_WARNING vaccination-certificate': 1,
      'OVERDUE vaccination-certificate': 1,
      'DEADLINE_WARNING birth-household-registration': 1,
      'DEADLINE_WARNING social-security-card': 1,
      'OVERDUE social-security-card': 1,
    });
    // Matters decided at once by rule never had a timer; decided ones get nothing after their decision.
    expect(Object.keys(timerEvents(a)).filter((k) => /birth-registration|medical-insurance/.test(k))).toEqual([]);
    expectNoTimerEventAfterDecision(a);
    expect(timerEvents(await read(b.id))).toEqual({ 'DEADLINE_WARNING birth-medical-certificate': 1, 'OVERDUE birth-medical-certificate': 1 });
  });
});
