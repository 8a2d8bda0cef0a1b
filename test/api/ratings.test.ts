// 好差评 and 差评整改 end to end on a real server process with the test clock, around the 2026 Labour Day
// holiday (5/1–5/5 off, Saturday 5/9 a make-up working day): rating once after the application ended, a bad
// rating opening rectifications for the right departments with a 5-working-day deadline, answers on time
// and late, overdue flagged once by the scheduler pass, and the per-department statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

interface RatingView {
  applicationId: string;
  ratedAt: string;
  overall: { score: number; comment: string | null };
  matters: { matterId: string; name: string; department: string; departmentName: string; score: number; comment: string | null }[];
  rectifications: { id: string; department: string; status: string; dueAt: string; answeredAt: string | null; onTime: boolean | null; answer: string | null; measures: string | null }[];
}
interface RectificationView {
  id: string;
  applicationId: string;
  department: string;
  status: string;
  openedAt: string;
  dueAt: string;
  overdueAt: string | null;
  answeredAt: string | null;
  onTime: boolean | null;
  cause?: { overall: { score: number; comment: string | null } | null; matters: { matterId: string; name: string; score: number; comment: string | null }[] };
  answer?: string | null;
  measures?: string | null;
  answeredBy?: string | null;
}
interface Figures {
  count: number;
  average: number | null;
  badCount: number;
}
interface DepartmentStats extends Figures {
  department: string;
  matterRatings: Figures;
  overallRatings: Figures;
  rectifications: { opened: number; open: number; overdue: number; answered: number; answeredOnTime: number; answeredLate: number };
  rectifiedOnTimeRate: number | null;
}
interface ErrorBody {
  code: string;
  message: string;
  errors?: { path: string; message: string }[];
}

const single = newbornSample('valid-single-birth');
/** The end of a day in China Standard Time, as deadlines are stored. */
const endOfDayCst = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();
/** Any instant within the minute of a local time in China (the test clock runs on at the real pace). */
const withinMinute = (localTime: string) => expect.stringMatching(new RegExp(`^${new Date(Date.parse(`${localTime}:00+08:00`)).toISOString().slice(0, 17)}`)) as unknown as string;
const anyString = expect.any(String) as unknown as string;
const DEPARTMENTS = ['health', 'human-resources-social-security', 'medical-insurance', 'police'];
/** The regional department (a department record) of the newborn example's department of that short id. */
const D = (shortId: string) => officerDepartment(shortId);

let server: ServerProcess;
let api: ReturnType<typeof client>;
let steps: ReturnType<typeof newbornSteps>;
const ids = { a: '', b: '', c: '' };

const rate = async (id: string, body: unknown, token?: string, headers?: Record<string, string>) =>
  api.post<RatingView & ErrorBody>(`/api/applications/${id}/rating`, body, token ?? (await steps.citizen()), headers);
const rectifications = async (department: string, query = '') => api.get<RectificationView[]>(`/api/rectifications${query}`, await steps.officer(department));
const answer = async (department: string, id: string, body: unknown) => api.post<RectificationView & ErrorBody>(`/api/rectifications/${id}/answer`, body, await steps.officer(department));
const ofApplication = (list: RectificationView[], applicationId: string) => list.filter((r) => r.applicationId === applicationId);

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-04-27T09:00:00+08:00' });
  api = client(server.url);
  steps = newbornSteps(api, 'citizen-rater');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('rating (好差评)', () => {
  it('is refused while the application is in progress (409), to others (404) and to other roles (403)', async () => {
    ids.a = await steps.submit('rating-a', single);
    const early = await rate(ids.a, { overall: { score: 5 } });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'RATING_NOT_OPEN', message: '申请办结后才能评价（当前状态：in_progress）' });
    const other = await rate(ids.a, { overall: { score: 1 } }, await api.login('citizen', 'citizen-other'));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('APPLICATION_NOT_FOUND');
    const officer = await rate(ids.a, { overall: { score: 1 } }, await steps.officer('health'));
    expect(officer.status).toBe(403);
    expect((await api.post(`/api/applications/${ids.a}/rating`, { overall: { score: 1 } })).status).toBe(401);
    expect((await api.get(`/api/applications/${ids.a}/rating`, await steps.citizen())).body['code']).toBe('RATING_NOT_FOUND');
  });

  it('checks the body: 422 with each problem, in Chinese or English; 400 for a body that is not an object', async () => {
    const done = await steps.complete(ids.a);
    expect(done.status).toBe('completed');
    const invalid = await rate(ids.a, {
      overall: { score: 6, comment: 7 },
      matters: [{ matterId: 'no-such-matter', score: 3 }, { matterId: 'birth-medical-certificate', score: 0 }, { matterId: 'birth-medical-certificate', score: 2 }, 'x'],
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.errors?.map((e) => e.path)).toEqual([
      '/overall/score',
      '/overall/comment',
      '/matters/0/matterId',
      '/matters/1/score',
      '/matters/2/matterId',
      '/matters/3',
    ]);
    expect(invalid.body.errors?.[0]?.message).toBe('评分应为 1 到 5 的整数');
    const en = await rate(ids.a, { matters: [] }, undefined, { 'accept-language': 'en' });
    expect(en.status).toBe(422);
    expect(en.body.errors).toEqual([{ path: '/overall', message: 'overall is required: an object with a score from 1 to 5' }]);
    expect((await rate(ids.a, [1, 2])).status).toBe(400);
    expect((await rate(ids.a, { overall: { score: 4 }, matters: 'all good' })).body.errors?.[0]?.path).toBe('/matters');
    // Nothing was written by the refused attempts.
    expect((await api.get(`/api/applications/${ids.a}/rating`, await steps.citizen())).status).toBe(404);
  });

  it('a bad matter score opens one rectification for that matter’s department, due in 5 working days across the holiday', async () => {
    await moveClockTo(api, '2026-04-28T10:00:00');
    const rated = await rate(ids.a, {
      overall: { score: 4, comment: '总体较快' },
      matters: [
        { matterId: 'birth-medical-certificate', score: 5 },
        { matterId: 'birth-household-registration', score: 1, comment: '窗口排队太久' },
      ],
    });
    expect(rated.status).toBe(201);
    expect(rated.body.overall).toEqual({ score: 4, comment: '总体较快' });
    expect(rated.body.matters.map((m) => [m.matterId, m.department, m.score, m.comment])).toEqual([
      ['birth-medical-certificate', D('health'), 5, null],
      ['birth-household-registration', D('police'), 1, '窗口排队太久'],
    ]);
    // Rated on Tuesday 4/28: 4/29, 4/30, (5/1–5/5 off), 5/6, 5/7, 5/8.
    expect(rated.body.rectifications).toEqual([
      { id: anyString, department: D('police'), status: 'open', dueAt: endOfDayCst('2026-05-08'), dueAtProvisional: false, answeredAt: null, onTime: null, answer: null, measures: null },
    ]);
    const read = await api.get<RatingView>(`/api/applications/${ids.a}/rating`, await steps.citizen());
    expect(read.status).toBe(200);
    expect(read.body).toEqual(rated.body);
    // Once only.
    const again = await rate(ids.a, { overall: { score: 5 } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_RATED');
  });

  it('goes into the timeline with the scores (not the comments) in the same transaction as the rectification', async () => {
    const view = await steps.read(ids.a);
    const rated = view.timeline.find((e) => e.what === 'RATED') as ApplicationView['timeline'][number] & { details?: unknown };
    expect(rated).toMatchObject({ who: 'citizen-rater', at: withinMinute('2026-04-28T10:00') });
    expect(rated.details).toEqual({ overall: 4, matters: [{ matterId: 'birth-medical-certificate', score: 5 }, { matterId: 'birth-household-registration', score: 1 }] });
    const opened = view.timeline.filter((e) => e.what === 'RECTIFICATION_OPENED') as (ApplicationView['timeline'][number] & { details?: unknown })[];
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ who: 'system', at: rated.at, details: { department: D('police'), dueAt: endOfDayCst('2026-05-08'), rectificationId: anyString } });
  });

  it('an officer reads the overall rating and only their department’s matter ratings; others see nothing', async () => {
    const police = await api.get<RatingView>(`/api/applications/${ids.a}/rating`, await steps.officer('police'));
    expect(police.status).toBe(200);
    expect(police.body.overall.score).toBe(4);
    expect(police.body.matters.map((m) => m.matterId)).toEqual(['birth-household-registration']);
    expect(police.body.rectifications.map((r) => r.department)).toEqual([D('police')]);
    const health = await api.get<RatingView>(`/api/applications/${ids.a}/rating`, await steps.officer('health'));
    expect(health.body.matters.map((m) => m.matterId)).toEqual(['birth-medical-certificate']);
    expect(health.body.rectifications).toEqual([]);
    expect((await api.get(`/api/applications/${ids.a}/rating`, await api.login('citizen', 'citizen-other'))).status).toBe(404);
    expect((await api.get(`/api/applications/${ids.a}/rating`, await api.login('officer', 'officer-tax', 'tax'))).status).toBe(404);
  });

  it('a rejected application can be rated too; a good rating opens nothing', async () => {
    await moveClockTo(api, '2026-04-29T10:00:00');
    ids.c = await steps.submit('rating-c', single);
    const rejected = await steps.decide(ids.c, 'birth-medical-certificate', 'reject', '材料不符');
    expect(rejected.status).toBe('rejected');
    const rated = await rate(ids.c, { overall: { score: 5 } });
    expect(rated.status).toBe(201);
    expect(rated.body.matters).toEqual([]);
    expect(rated.body.rectifications).toEqual([]);
  });
});

describe('rectification (差评整改)', () => {
  let police: RectificationView;

  it('is in the department’s list, paged with X-Total-Count; only that department reads it', async () => {
    const list = await rectifications('police');
    expect(list.status).toBe(200);
    expect(list.headers.get('x-total-count')).toBe('1');
    expect(list.body).toEqual([
      {
        id: anyString,
        applicationId: ids.a,
        department: D('police'),
        status: 'open',
        openedAt: withinMinute('2026-04-28T10:00'),
        dueAt: endOfDayCst('2026-05-08'),
        dueAtProvisional: false,
        overdueAt: null,
        answeredAt: null,
        onTime: null,
      },
    ]);
    police = list.body[0] as RectificationView;
    expect((await rectifications('health')).body).toEqual([]);
    expect((await rectifications('police', '?status=answered')).headers.get('x-total-count')).toBe('0');
    expect((await rectifications('police', '?status=late')).status).toBe(400);
    expect((await api.get(`/api/rectifications/${police.id}`, await steps.officer('health'))).status).toBe(403);
    expect((await api.get('/api/rectifications/no-such-id', await steps.officer('police'))).body['code']).toBe('RECTIFICATION_NOT_FOUND');
    expect((await api.get('/api/rectifications', await steps.citizen())).status).toBe(403);
  });

  it('shows the department what the citizen said about it', async () => {
    const detail = await api.get<RectificationView>(`/api/rectifications/${police.id}`, await steps.officer('police'));
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      ...police,
      bundleId: 'henan-newborn',
      bundleName: '新生儿出生一件事',
      cause: { overall: null, matters: [{ matterId: 'birth-household-registration', name: anyString, score: 1, comment: '窗口排队太久' }] },
      answer: null,
      measures: null,
      answeredBy: null,
    });
  });

  it('is answered on time, once', async () => {
    await moveClockTo(api, '2026-04-30T09:00:00');
    expect((await answer('police', police.id, { answer: '   ' })).status).toBe(422);
    expect((await answer('police', police.id, { answer: 'ok', measures: 3 })).body.errors?.map((e) => e.path)).toEqual(['/measures']);
    const answered = await answer('police', police.id, { answer: '已增设一个户籍窗口', measures: '高峰时段增派人员' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', onTime: true, answeredAt: withinMinute('2026-04-30T09:00'), answer: '已增设一个户籍窗口', measures: '高峰时段增派人员', answeredBy: 'officer-police' });
    const twice = await answer('police', police.id, { answer: '再次答复' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('RECTIFICATION_ALREADY_ANSWERED');
    // The citizen sees the feedback (反馈) with the rating.
    const rating = await api.get<RatingView>(`/api/applications/${ids.a}/rating`, await steps.citizen());
    expect(rating.body.rectifications[0]).toMatchObject({ status: 'answered', onTime: true, answer: '已增设一个户籍窗口', measures: '高峰时段增派人员' });
    expect((await steps.read(ids.a)).timeline.filter((e) => e.what === 'RECTIFICATION_ANSWERED')).toHaveLength(1);
  });

  it('a bad overall rating reaches every department involved — one rectification each, a bad matter score joining its department’s', async () => {
    ids.b = await steps.submit('rating-b', single);
    await steps.complete(ids.b);
    await moveClockTo(api, '2026-04-30T10:00:00');
    const rated = await rate(ids.b, { overall: { score: 2, comment: '跑了好几趟' }, matters: [{ matterId: 'vaccination-certificate', score: 1 }] });
    expect(rated.status).toBe(201);
    // Rated on Thursday 4/30: (5/1–5/5 off) 5/6, 5/7, 5/8, Saturday 5/9 (make-up working day), (Sunday 5/10) 5/11.
    expect(rated.body.rectifications.map((r) => [r.department, r.status, r.dueAt])).toEqual(DEPARTMENTS.map(D).sort().map((d) => [d, 'open', endOfDayCst('2026-05-11')]));
    const health = ofApplication((await rectifications('health')).body, ids.b)[0] as RectificationView;
    const detail = await api.get<RectificationView>(`/api/rectifications/${health.id}`, await steps.officer('health'));
    expect(detail.body.cause).toEqual({ overall: { score: 2, comment: '跑了好几趟' }, matters: [{ matterId: 'vaccination-certificate', name: anyString, score: 1, comment: null }] });
    const police = ofApplication((await rectifications('police')).body, ids.b)[0] as RectificationView;
    expect((await api.get<RectificationView>(`/api/rectifications/${police.id}`, await steps.officer('police'))).body.cause).toEqual({ overall: { score: 2, comment: '跑了好几趟' }, matters: [] });
    expect((await steps.read(ids.b)).timeline.filter((e) => e.what === 'RECTIFICATION_OPENED')).toHaveLength(4);
  });

  it('is flagged overdue once, only after the last working day has ended; a late answer is recorded as late', async () => {
    await moveClockTo(api, '2026-05-08T10:00:00');
    const hrss = ofApplication((await rectifications('human-resources-social-security')).body, ids.b)[0] as RectificationView;
    expect((await answer('human-resources-social-security', hrss.id, { answer: '已优化社保卡制卡流程' })).body.onTime).toBe(true);

    // Sunday 5/10: not yet (Saturday 5/9 was a working day, 5/11 is the last one).
    expect((await moveClockTo(api, '2026-05-10T12:00:00')).rectificationsOverdue).toBe(0);
    // The last day, late in the evening: still on time.
    expect((await moveClockTo(api, '2026-05-11T23:30:00')).rectificationsOverdue).toBe(0);
    const police = ofApplication((await rectifications('police', '?status=open')).body, ids.b)[0] as RectificationView;
    expect((await answer('police', police.id, { answer: '已加强部门协同' })).body.onTime).toBe(true);

    const flagged = await moveClockTo(api, '2026-05-12T00:30:00');
    expect(flagged.rectificationsOverdue).toBe(2); // health and medical insurance
    expect((await moveClockTo(api, '2026-05-12T08:00:00')).rectificationsOverdue).toBe(0); // once only
    const overdue = await rectifications('health', '?status=overdue');
    expect(overdue.headers.get('x-total-count')).toBe('1');
    expect(overdue.body[0]).toMatchObject({ applicationId: ids.b, status: 'overdue', overdueAt: withinMinute('2026-05-12T00:30'), answeredAt: null });
    const events = (await steps.read(ids.b)).timeline.filter((e) => e.what === 'RECTIFICATION_OVERDUE') as (ApplicationView['timeline'][number] & { details?: { department: string } })[];
    expect(events.map((e) => [e.who, e.details?.department]).sort()).toEqual([
      ['scheduler', D('health')],
      ['scheduler', D('medical-insurance')],
    ]);

    await moveClockTo(api, '2026-05-12T09:00:00');
    const insurance = ofApplication((await rectifications('medical-insurance')).body, ids.b)[0] as RectificationView;
    const late = await answer('medical-insurance', insurance.id, { answer: '已整改：参保登记改为自动核验' });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ status: 'answered', onTime: false, overdueAt: anyString, answeredAt: withinMinute('2026-05-12T09:00') });
    expect((await rectifications('medical-insurance', '?status=overdue')).body).toEqual([]);
  });
});

describe('rating statistics (GET /api/stats/ratings)', () => {
  const figures = (count: number, average: number | null, badCount: number) => ({ count, average, badCount });
  const rects = (opened: number, open: number, overdue: number, answered: number, answeredOnTime: number) => ({
    opened,
    open,
    overdue,
    answered,
    answeredOnTime,
    answeredLate: answered - answeredOnTime,
  });

  it('per department: its matter scores and the overall scores of the applications it took part in, and the rectifications', async () => {
    // A: overall 4, certificate (health) 5, household (police) 1. C: overall 5. B: overall 2, vaccination (health) 1.
    const stats = await api.get<{ from: null; to: null; departments: DepartmentStats[] }>('/api/stats/ratings', await api.login('admin', 'admin-1'));
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({
      from: null,
      to: null,
      // By department id, as the statistics list them.
      departments: [
        {
          department: D('health'),
          ...figures(5, 3.4, 2),
          matterRatings: figures(2, 3, 1),
          overallRatings: figures(3, 3.67, 1),
          rectifications: rects(1, 0, 1, 0, 0),
          rectifiedOnTimeRate: 0,
        },
        {
          department: D('human-resources-social-security'),
          ...figures(3, 3.67, 1),
          matterRatings: figures(0, null, 0),
          overallRatings: figures(3, 3.67, 1),
          rectifications: rects(1, 0, 0, 1, 1),
          rectifiedOnTimeRate: 1,
        },
        {
          department: D('medical-insurance'),
          ...figures(3, 3.67, 1),
          matterRatings: figures(0, null, 0),
          overallRatings: figures(3, 3.67, 1),
          rectifications: rects(1, 0, 0, 1, 0),
          rectifiedOnTimeRate: 0,
        },
        {
          department: D('police'),
          ...figures(4, 3, 2),
          matterRatings: figures(1, 1, 1),
          overallRatings: figures(3, 3.67, 1),
          rectifications: rects(2, 0, 0, 2, 2),
          rectifiedOnTimeRate: 1,
        },
      ].sort((a, b) => (a.department < b.department ? -1 : 1)),
    });
    const designer = await api.get<{ departments: DepartmentStats[] }>('/api/stats/ratings', await api.login('designer', 'designer-1'));
    expect(designer.body).toEqual(stats.body);
  });

  it('filters by the day rated (China Standard Time), and answers an officer for their own department only', async () => {
    const admin = await api.login('admin', 'admin-1');
    const day = await api.get<{ from: string; to: string; departments: DepartmentStats[] }>('/api/stats/ratings?from=2026-04-29&to=2026-04-29', admin);
    expect(day.body.from).toBe('2026-04-28T16:00:00.000Z');
    expect(day.body.to).toBe('2026-04-29T15:59:59.999Z');
    // Only C (overall 5), which opened no rectification.
    expect(day.body.departments.map((d) => [d.department, d.count, d.average, d.badCount, d.rectifications.opened, d.rectifiedOnTimeRate])).toEqual(
      DEPARTMENTS.map(D).sort().map((d) => [d, 1, 5, 0, 0, null]),
    );
    const sinceB = await api.get<{ departments: DepartmentStats[] }>(`/api/stats/ratings?from=2026-04-30T10:00:00%2B08:00&department=${D('health')}`, admin);
    expect(sinceB.body.departments).toEqual([
      { department: D('health'), ...figures(2, 1.5, 2), matterRatings: figures(1, 1, 1), overallRatings: figures(1, 2, 1), rectifications: rects(1, 0, 1, 0, 0), rectifiedOnTimeRate: 0 },
    ]);

    const police = await api.get<{ departments: DepartmentStats[] }>('/api/stats/ratings', await steps.officer('police'));
    expect(police.status).toBe(200);
    expect(police.body.departments.map((d) => d.department)).toEqual([D('police')]);
    expect((await api.get(`/api/stats/ratings?department=${D('health')}`, await steps.officer('police'))).status).toBe(403);
    expect((await api.get('/api/stats/ratings', await steps.citizen())).status).toBe(403);
    expect((await api.get('/api/stats/ratings?from=yesterday', admin)).body['code']).toBe('BAD_REQUEST');
    expect((await api.get('/api/stats/ratings?from=2026-05-02&to=2026-05-01', admin)).status).toBe(400);
  });
});

describe('the rectification period (ONEGO_RECTIFICATION_DAYS)', () => {
  it('is configurable in working days', async () => {
    const other = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-04-30T09:00:00+08:00', ONEGO_RECTIFICATION_DAYS: '2' });
    try {
      const otherApi = client(other.url);
      const otherSteps = newbornSteps(otherApi, 'citizen-period');
      const id = await otherSteps.submit('period', single);
      await otherSteps.complete(id);
      const rated = await otherApi.post<RatingView>(`/api/applications/${id}/rating`, { overall: { score: 4 }, matters: [{ matterId: 'social-security-card', score: 2 }] }, await otherSteps.citizen());
      expect(rated.status).toBe(201);
      // Rated on Thursday 4/30: (5/1–5/5 off) 5/6, 5/7.
      expect(rated.body.rectifications.map((r) => [r.department, r.dueAt])).toEqual([[D('human-resources-social-security'), endOfDayCst('2026-05-07')]]);
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('must be a whole number of working days: the server refuses to start otherwise', async () => {
    await expect(startServerProcess({ ONEGO_RECTIFICATION_DAYS: '2.5' })).rejects.toThrow(/ONEGO_RECTIFICATION_DAYS must be a whole number/);
  }, 60_000);
});
