// The citizen's side of a running application (issue #16): 撤回 (withdrawal) before any matter is
// decided, and 催办 (reminders) once a task passes its warning point, at most once a working day — with
// the test clock, on the business start-up example (its registration has a 1-working-day limit, so it is
// warned at the end of its acceptance day; the other matters wait for it). Monday 2026-03-02 onwards.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, type ApplicationView, type Sample, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const { answers, data } = JSON.parse(readFileSync('examples/business-startup/samples/valid-llc-with-employees.json', 'utf8')) as Sample;
const REGISTRATION = 'business-registration';
/** The first instant of a day in China Standard Time. */
const startOfDayCst = (date: string) => new Date(Date.parse(`${date}T00:00:00.000+08:00`)).toISOString();
const endOfDayCst = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();

interface Withdrawn extends ApplicationView {
  withdrawable: boolean;
  matters: (ApplicationView['matters'][number] & { remindedAt: string | null; reminder?: { possible: boolean; possibleFrom: string | null; lastAt: string | null } })[];
}
interface Refusal {
  code: string;
  message: string;
  possibleAt?: string;
}
interface Reminder {
  matterId: string;
  taskId: string;
  remindedAt: string;
  nextPossibleAt: string | null;
}
interface Notification {
  type: string;
  audience: 'personal' | 'department';
  applicationId: string | null;
  matterId: string | null;
  title: string;
  body: string;
  details: Record<string, unknown>;
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let department: string;

// Dev tokens last 12 hours of the server's clock: signed in afresh after each move of the clock.
const citizen = () => api.login('citizen', 'citizen-withdraw');
const officer = () => api.login('officer', 'officer-registration', department);
/** An officer of the registration department with a display name and positions (岗位). */
async function staff(subject: string, name: string, positions: string[]): Promise<string> {
  const response = await api.post<{ token: string }>('/api/auth/dev-login', { role: 'officer', subject, department, name, positions });
  expect(response.status).toBe(200);
  return response.body.token;
}

async function moveTo(localTime: string): Promise<void> {
  const now = await api.post<{ now: string }>('/api/test/clock', { advanceMs: 0 });
  const advanceMs = Date.parse(`${localTime}+08:00`) - Date.parse(now.body.now);
  expect(advanceMs).toBeGreaterThanOrEqual(0);
  expect((await api.post('/api/test/clock', { advanceMs })).status).toBe(200);
}

async function submit(key: string): Promise<SubmitResponse> {
  const submitted = await api.post<SubmitResponse>('/api/applications', { bundleId: 'business-startup', answers, data }, await citizen(), { 'idempotency-key': key });
  expect(submitted.status).toBe(201);
  return submitted.body;
}

async function read(id: string): Promise<Withdrawn> {
  const response = await api.get<Withdrawn>(`/api/applications/${id}`, await citizen());
  expect(response.status).toBe(200);
  return response.body;
}

/** The registration department's pending inbox: its tasks and the count it states. */
async function pendingInbox(): Promise<{ total: number; tasks: (TaskSummary & { remindedAt: string | null })[] }> {
  const response = await api.get<(TaskSummary & { remindedAt: string | null })[]>('/api/tasks?status=pending&pageSize=100', await officer());
  expect(response.status).toBe(200);
  return { total: Number(response.headers.get('x-total-count')), tasks: response.body };
}

async function departmentNotifications(): Promise<Notification[]> {
  await api.post('/api/test/clock', { advanceMs: 0 }); // dispatches the events written so far
  const response = await api.get<Notification[]>('/api/notifications?pageSize=100', await officer());
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' });
  api = client(server.url);
}, 100_000);

afterAll(async () => {
  await server?.stop();
});

describe('撤回: withdrawal by the applicant', () => {
  let withdrawn: SubmitResponse;

  it('withdraws an application nobody has decided anything about: its tasks leave the inbox and its counts, the departments are told', async () => {
    withdrawn = await submit('withdraw-a');
    department = withdrawn.matters.find((m) => m.matterId === REGISTRATION)?.department ?? '';
    expect(department).not.toBe('');
    const before = await read(withdrawn.id);
    expect(before.withdrawable).toBe(true);
    expect(before.matters.map((m) => m.status).sort()).toEqual(['pending', 'waiting', 'waiting', 'waiting', 'waiting']);
    const inboxBefore = await pendingInbox();
    expect(inboxBefore.tasks.some((t) => t.applicationId === withdrawn.id)).toBe(true);

    const response = await api.post<Withdrawn>(`/api/applications/${withdrawn.id}/withdraw`, { reason: '公司名称需要调整，重新申请' }, await citizen(), { 'idempotency-key': 'w-1' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('withdrawn');
    expect(response.body.withdrawable).toBe(false);
    expect(response.body.matters.every((m) => m.status === 'cancelled')).toBe(true);
    // The timeline: who withdrew, when, why (the key is not shown), and what it ended.
    const withdrawal = response.body.timeline.find((e) => e.what === 'WITHDRAW');
    expect(withdrawal).toMatchObject({ who: 'citizen-withdraw', details: { by: 'citizen-withdraw', reason: '公司名称需要调整，重新申请' } });
    expect(JSON.stringify(response.body.timeline)).not.toContain('w-1');
    const after = response.body.timeline.slice(response.body.timeline.indexOf(withdrawal as never));
    expect(after.map((e) => e.what).sort()).toEqual(['APPLICATION_WITHDRAWN', ...Array<string>(5).fill('MATTER_CANCELLED'), 'WITHDRAW']);

    const inboxAfter = await pendingInbox();
    expect(inboxAfter.tasks.some((t) => t.applicationId === withdrawn.id)).toBe(false);
    expect(inboxAfter.total).toBe(inboxBefore.total - 1);

    const told = (await departmentNotifications()).filter((n) => n.applicationId === withdrawn.id && n.type === 'application_withdrawn');
    expect(told).toHaveLength(1);
    expect(told[0]?.matterId).toBe(REGISTRATION);
    expect(told[0]?.body).toContain('申请人已撤回');
    expect(told[0]?.body).toContain('公司名称需要调整');
  });

  it('answers a retry with the same Idempotency-Key again; refuses another reason with that key, and a second withdrawal without it', async () => {
    const retried = await api.post<Withdrawn>(`/api/applications/${withdrawn.id}/withdraw`, { reason: '公司名称需要调整，重新申请' }, await citizen(), { 'idempotency-key': 'w-1' });
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('withdrawn');
    expect(retried.body.timeline.filter((e) => e.what === 'WITHDRAW')).toHaveLength(1);
    const otherReason = await api.post<Refusal>(`/api/applications/${withdrawn.id}/withdraw`, { reason: '别的原因' }, await citizen(), { 'idempotency-key': 'w-1' });
    expect(otherReason.status).toBe(409);
    expect(otherReason.body.code).toBe('IDEMPOTENCY_CONFLICT');
    const again = await api.post<Refusal>(`/api/applications/${withdrawn.id}/withdraw`, {}, await citizen());
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('APPLICATION_NOT_WITHDRAWABLE');
    expect(again.body.message).toContain('不能撤回');
  });

  it('leaves no timer behind: past every deadline, nothing is warned or overdue', async () => {
    await moveTo('2026-03-20T10:00:00');
    const view = await read(withdrawn.id);
    expect(view.timeline.filter((e) => e.what === 'DEADLINE_WARNING' || e.what === 'OVERDUE')).toEqual([]);
    expect(view.timeline.at(-1)?.what).not.toBe('OVERDUE');
  });

  it('is only the applicant’s: another citizen does not find it, an officer may not', async () => {
    const mine = await submit('withdraw-others');
    const other = await api.post<Refusal>(`/api/applications/${mine.id}/withdraw`, {}, await api.login('citizen', 'someone-else'));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('APPLICATION_NOT_FOUND');
    const byOfficer = await api.post<Refusal>(`/api/applications/${mine.id}/withdraw`, {}, await officer());
    expect(byOfficer.status).toBe(403);
    expect((await read(mine.id)).status).toBe('in_progress');
  });

  it('is refused once a matter is decided, with a plain reason in Chinese and English', async () => {
    const decided = await submit('withdraw-decided');
    const task = (await pendingInbox()).tasks.find((t) => t.applicationId === decided.id);
    expect((await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'return', comment: '请补充股东身份证明' }, await officer())).status).toBe(200);
    expect((await read(decided.id)).withdrawable).toBe(false);
    const zh = await api.post<Refusal>(`/api/applications/${decided.id}/withdraw`, {}, await citizen(), { 'idempotency-key': 'w-decided' });
    expect(zh.status).toBe(409);
    expect(zh.body).toMatchObject({ code: 'APPLICATION_NOT_WITHDRAWABLE' });
    expect(zh.body.message).toContain('已开始办理或已结束');
    const en = await api.post<Refusal>(`/api/applications/${decided.id}/withdraw`, {}, await citizen(), { 'accept-language': 'en' });
    expect(en.body.message).toContain('cannot be withdrawn');
    expect((await read(decided.id)).status).toBe('awaiting_supplement');
  });
});

describe('催办: reminders by the applicant', () => {
  let application: SubmitResponse;

  it('is refused before the warning point, saying from when it is possible; a waiting matter cannot be reminded of', async () => {
    await moveTo('2026-03-23T09:00:00'); // Monday
    application = await submit('remind-a');
    const view = await read(application.id);
    const registration = view.matters.find((m) => m.matterId === REGISTRATION);
    // 1 working day: warned at the end of the acceptance day.
    expect(registration?.reminder).toEqual({ possible: false, possibleFrom: endOfDayCst('2026-03-23'), lastAt: null });
    const early = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'REMINDER_TOO_EARLY', possibleAt: endOfDayCst('2026-03-23') });
    expect(early.body.message).toContain('2026-03-23 23:59');
    const waiting = view.matters.find((m) => m.status === 'waiting');
    const notRunning = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: waiting?.matterId }, await citizen());
    expect(notRunning.status).toBe(409);
    expect(notRunning.body.code).toBe('REMINDER_NOT_POSSIBLE');
  });

  it('is sent once past it: the department is notified, the inbox and the task show it, the timeline records it', async () => {
    await moveTo('2026-03-24T10:00:00'); // Tuesday
    expect(matterOf(await read(application.id), REGISTRATION)).toMatchObject({ reminder: { possible: true, lastAt: null } });
    const sent = await api.post<Reminder>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ matterId: REGISTRATION, nextPossibleAt: startOfDayCst('2026-03-25') });
    const view = await read(application.id);
    expect(view.timeline.filter((e) => e.what === 'REMINDED')).toEqual([{ at: sent.body.remindedAt, who: 'citizen-withdraw', what: 'REMINDED', matterId: REGISTRATION }]);
    expect(matterOf(view, REGISTRATION)).toMatchObject({ remindedAt: sent.body.remindedAt, reminder: { possible: false, possibleFrom: startOfDayCst('2026-03-25') } });

    const inboxTask = (await pendingInbox()).tasks.find((t) => t.applicationId === application.id);
    expect(inboxTask?.remindedAt).toBe(sent.body.remindedAt);
    const detail = await api.get<{ remindedAt: string | null }>(`/api/tasks/${sent.body.taskId}`, await officer());
    expect(detail.body.remindedAt).toBe(sent.body.remindedAt);
    const told = (await departmentNotifications()).filter((n) => n.applicationId === application.id && n.type === 'reminder_received');
    expect(told).toHaveLength(1);
    expect(told[0]?.details).toMatchObject({ taskId: sent.body.taskId });
    expect(told[0]?.title).toContain('群众催办');
  });

  it('at most once a working day: the next from the start of the next working day (Friday → Monday)', async () => {
    const again = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'REMINDER_ALREADY_SENT', possibleAt: startOfDayCst('2026-03-25') });
    expect(again.body.message).toContain('2026-03-25 00:00');

    await moveTo('2026-03-27T16:00:00'); // Friday
    const friday = await api.post<Reminder>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(friday.status).toBe(201);
    expect(friday.body.nextPossibleAt).toBe(startOfDayCst('2026-03-30')); // the weekend is no working day
    await moveTo('2026-03-28T10:00:00'); // Saturday
    const saturday = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(saturday.status).toBe(409);
    expect(saturday.body).toMatchObject({ code: 'REMINDER_ALREADY_SENT', possibleAt: startOfDayCst('2026-03-30') });
    await moveTo('2026-03-30T08:00:00'); // Monday
    expect((await api.post<Reminder>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen())).status).toBe(201);
    expect((await read(application.id)).timeline.filter((e) => e.what === 'REMINDED')).toHaveLength(3);
  });

  it('once an officer holds the task, goes to that officer and the department’s lead (科室负责人), not to the whole department', async () => {
    // The lead has used the workbench: the staff directory knows them.
    expect((await api.get('/api/tasks', await staff('officer-lead', '张科长', ['科室负责人']))).status).toBe(200);
    await api.post('/api/test/clock', { advanceMs: 0 }); // the reminders so far dispatched while nobody held it
    const task = (await pendingInbox()).tasks.find((t) => t.applicationId === application.id);
    expect((await api.post(`/api/tasks/${task?.id}/claim`, {}, await staff('officer-holder', '李经办', ['经办人']))).status).toBe(200);
    await moveTo('2026-03-31T08:00:00'); // Tuesday: a new working day
    expect((await api.post<Reminder>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen())).status).toBe(201);
    await api.post('/api/test/clock', { advanceMs: 0 }); // dispatches the reminder
    const remindersOf = async (token: string, audience: Notification['audience']) =>
      (await api.get<Notification[]>('/api/notifications?pageSize=100', token)).body.filter((n) => n.applicationId === application.id && n.type === 'reminder_received' && n.audience === audience);
    expect(await remindersOf(await staff('officer-holder', '李经办', ['经办人']), 'personal')).toHaveLength(1);
    expect(await remindersOf(await staff('officer-lead', '张科长', ['科室负责人']), 'personal')).toHaveLength(1);
    expect(await remindersOf(await officer(), 'personal')).toHaveLength(0); // another officer of the department
    expect(await remindersOf(await officer(), 'department')).toHaveLength(3); // those sent while nobody held it
  });

  it('is only the applicant’s, and only of a pending task', async () => {
    const other = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await api.login('citizen', 'someone-else'));
    expect(other.status).toBe(404);
    const task = (await pendingInbox()).tasks.find((t) => t.applicationId === application.id);
    expect((await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'approve' }, await officer())).status).toBe(200);
    await moveTo('2026-04-01T09:00:00');
    const decided = await api.post<Refusal>(`/api/applications/${application.id}/reminders`, { matterId: REGISTRATION }, await citizen());
    expect(decided.status).toBe(409);
    expect(decided.body.code).toBe('REMINDER_NOT_POSSIBLE');
  });
});
