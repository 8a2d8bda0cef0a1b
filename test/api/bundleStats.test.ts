// 办件统计 end to end: newborn applications submitted and finished at known test-clock times around the
// 2026 Labour Day holiday (5/1–5/5 off), and the figures GET /api/stats/bundles/:id gives for them —
// statuses, processing working days (median, p90) against each application's committed limit, the on-time
// rate, the 秒批 rate and the visits avoided. The figures are aggregated by the database (percentile_cont on
// PostgreSQL, a sorted column on SQLite): this file runs on both projects and expects the same numbers —
// ties, interpolation, empty periods, holidays and make-up days, a wait for the applicant (补正), a year
// without a holiday schedule, and rows ended before migration 027 (counted from their snapshots).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { decideStep } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { moveClockTo } from '../support/testClock.ts';

interface BundleStats {
  bundleId: string;
  version: number | null;
  from: string | null;
  to: string | null;
  committedTimeLimit: { days: number; kind: string };
  applications: { total: number; byStatus: Record<string, number> };
  processing: {
    finished: number;
    workingDays: { median: number | null; p90: number | null; average: number | null };
    committedWorkingDays: { before: number | null; after: number | null };
    onTime: number;
    onTimeRate: number | null;
    provisional: number;
  };
  autoApproval: { decidedMatters: number; byRule: number; rate: number | null };
  visits: { before: number | null; after: number | null; avoided: number | null };
}

const single = newbornSample('valid-single-birth');
/** Without the social security card: 5 matters, critical path 1 + 1 + 2 = 4 working days, 5 visits before. */
const noCard = { ...single, answers: { ...single.answers, needSocialSecurityCard: false } };

/** The processing figures of a period in which no application finished: empty, not zero. */
const NOTHING_FINISHED = {
  finished: 0,
  workingDays: { median: null, p90: null, average: null },
  committedWorkingDays: { before: null, after: null },
  onTime: 0,
  onTimeRate: null,
  provisional: 0,
};

let server: ServerProcess;
let api: ReturnType<typeof client>;
let steps: ReturnType<typeof newbornSteps>;
let designer: () => Promise<string>;

const stats = async (query = '') => api.get<BundleStats>(`/api/stats/bundles/henan-newborn${query}`, await designer());

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-04-27T09:00:00+08:00' });
  api = client(server.url);
  steps = newbornSteps(api, 'citizen-stats');
  designer = () => api.login('designer', 'designer-stats');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('bundle statistics (GET /api/stats/bundles/:id)', () => {
  it('gives the figures of a known set of applications', async () => {
    // Monday 4/27: A, B, C (all six matters, limit 6) and D (no card, limit 4) are submitted.
    const [a, b, c, d] = [await steps.submit('a', single), await steps.submit('b', single), await steps.submit('c', single), await steps.submit('d', noCard)];
    const empty = await stats();
    expect(empty.body.processing).toMatchObject({ finished: 0, workingDays: { median: null, p90: null, average: null }, onTime: 0, onTimeRate: null });

    await moveClockTo(api, '2026-04-28T10:00:00');
    expect((await steps.complete(a)).status).toBe('completed'); // 1 working day
    expect((await steps.decide(c, 'birth-medical-certificate', 'reject', '不符合条件')).status).toBe('rejected'); // 1
    await steps.submit('e', single); // E stays in progress
    await moveClockTo(api, '2026-04-30T10:00:00');
    expect((await steps.complete(b)).status).toBe('completed'); // 4/28, 4/29, 4/30: 3
    // 4/28, 4/29, 4/30, (holiday), 5/6, 5/7: 5 working days, one more than D's limit of 4 (due at the end of 5/6).
    await moveClockTo(api, '2026-05-07T10:00:00');
    expect((await steps.complete(d)).status).toBe('completed');

    const response = await stats();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      bundleId: 'henan-newborn',
      version: null,
      from: null,
      to: null,
      committedTimeLimit: { days: 6, kind: 'working' },
      applications: { total: 5, byStatus: { in_progress: 1, awaiting_supplement: 0, completed: 3, rejected: 1 } },
      processing: {
        finished: 4,
        // Days 1, 1, 3, 5: the median is the mean of the middle two; p90 interpolates 3 + 0.7 × (5 − 3).
        workingDays: { median: 2, p90: 4.4, average: 2.5 },
        // Designed: 32 → 6 working days with all six matters, 17 → 4 without the card.
        committedWorkingDays: { before: 28.25, after: 5.5 },
        onTime: 3,
        onTimeRate: 0.75,
        // All in 2026, whose holiday schedule is loaded: none counted Monday–Friday provisionally.
        provisional: 0,
      },
      // Decided matters: A 6 and B 6 (birth registration and medical insurance by rule), C 2 (the rejected
      // certificate, birth registration by rule; the 4 matters after the certificate were rejected with it,
      // never decided), D 5 (two by rule), E 1 (birth registration by rule at once).
      autoApproval: { decidedMatters: 20, byRule: 8, rate: 0.4 },
      // Visits one by one: 7 with all six matters, 5 without the card; 1 with the bundle.
      visits: { before: 6.6, after: 1, avoided: 5.6 },
    });
  });

  it('filters by the day submitted (China Standard Time) and by version', async () => {
    const monday = await stats('?to=2026-04-27');
    expect(monday.body.to).toBe('2026-04-27T15:59:59.999Z');
    expect(monday.body.applications).toEqual({ total: 4, byStatus: { in_progress: 0, awaiting_supplement: 0, completed: 3, rejected: 1 } });
    expect(monday.body.autoApproval).toEqual({ decidedMatters: 19, byRule: 7, rate: 0.3684 });
    expect(monday.body.visits).toEqual({ before: 6.5, after: 1, avoided: 5.5 });
    expect(monday.body.processing.finished).toBe(4);

    const later = await stats('?from=2026-04-28');
    expect(later.body.applications.total).toBe(1);
    expect(later.body.processing).toEqual(NOTHING_FINISHED);
    expect(later.body.autoApproval).toEqual({ decidedMatters: 1, byRule: 1, rate: 1 });

    const v1 = await stats('?version=1');
    expect(v1.body.version).toBe(1);
    expect(v1.body.applications.total).toBe(5);
    expect((await stats('?version=2')).body).toMatchObject({ code: 'BUNDLE_NOT_FOUND' });
    expect((await stats('?version=one')).status).toBe(400);
    expect((await stats('?from=2026-05-01&to=2026-04-01')).status).toBe(400);
  });

  it('is for admins and designers only', async () => {
    expect((await api.get('/api/stats/bundles/henan-newborn', await api.login('admin', 'admin-stats'))).status).toBe(200);
    expect((await api.get('/api/stats/bundles/henan-newborn', await steps.officer('health'))).status).toBe(403);
    expect((await api.get('/api/stats/bundles/henan-newborn', await steps.citizen())).status).toBe(403);
    expect((await api.get('/api/stats/bundles/henan-newborn')).status).toBe(401);
    expect((await stats()).status).toBe(200);
    expect((await api.get('/api/stats/bundles/no-such-bundle', await designer())).status).toBe(404);
  });
  it('counts ties, holidays, a wait for the applicant and a period with nothing in it the same on both databases', async () => {
    // Monday 6/1: F, G, H (all six matters, limit 6) and I (no card, limit 4).
    await moveClockTo(api, '2026-06-01T09:00:00');
    const [f, g, h, i] = [await steps.submit('f', single), await steps.submit('g', single), await steps.submit('h', single), await steps.submit('i', noCard)];
    expect((await steps.complete(i)).status).toBe('completed'); // the same day (即办): 0 working days
    await moveClockTo(api, '2026-06-02T10:00:00');
    // F's certificate is returned on Tue 6/2 and corrected on Thu 6/4: 6/2–6/4 are not counted.
    const certificate = matterOf(await steps.read(f), 'birth-medical-certificate');
    const returned = await decideStep(api, certificate.taskId, certificate.department, { decision: 'return', fields: ['/mother/name'], comment: '母亲姓名与身份证不一致' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    await moveClockTo(api, '2026-06-03T10:00:00');
    expect((await steps.complete(g)).status).toBe('completed'); // 6/2, 6/3: 2
    expect((await steps.complete(h)).status).toBe('completed'); // 2, a tie
    await moveClockTo(api, '2026-06-04T10:00:00');
    const supplemented = await api.post(`/api/applications/${f}/supplement`, { data: { ...single.data, mother: { ...(single.data['mother'] as object), name: '王雨彤' } } }, await steps.citizen());
    expect(supplemented.status, JSON.stringify(supplemented.body)).toBe(200);
    // Thursday 6/18: F completes (6/2–6/18 is 13 working days, less the 3 it waited: 10; due at the end of
    // 6/12, counted from 6/4: late), and J is submitted.
    await moveClockTo(api, '2026-06-18T10:00:00');
    expect((await steps.complete(f)).status).toBe('completed');
    const j = await steps.submit('j', single);
    // Monday 6/22 after the Dragon Boat Festival (6/19–6/21 off): J took 1 working day.
    await moveClockTo(api, '2026-06-22T10:00:00');
    expect((await steps.complete(j)).status).toBe('completed');

    const june = await stats('?from=2026-06-01');
    expect(june.body.applications).toEqual({ total: 5, byStatus: { in_progress: 0, awaiting_supplement: 0, completed: 5, rejected: 0 } });
    const juneProcessing = {
      finished: 5,
      // Days 0, 1, 2, 2, 10: the median is a tie; p90 interpolates 2 + 0.6 × (10 − 2).
      workingDays: { median: 2, p90: 6.8, average: 3 },
      // (32 × 4 + 17) ÷ 5 and (6 × 4 + 4) ÷ 5.
      committedWorkingDays: { before: 29, after: 5.6 },
      onTime: 4,
      onTimeRate: 0.8,
      provisional: 0,
    };
    expect(june.body.processing).toEqual(juneProcessing);
    // Submitted by 09:30 on 6/1 (an instant as the end): F, G, H, I — days 0, 2, 2, 10.
    const firstHalfHour = await stats(`?from=2026-06-01&to=${encodeURIComponent('2026-06-01T09:30:00+08:00')}`);
    expect(firstHalfHour.body.to).toBe('2026-06-01T01:30:00.000Z');
    expect(firstHalfHour.body.processing).toMatchObject({ finished: 4, workingDays: { median: 2, p90: 7.6, average: 3.5 }, onTime: 3 });

    // Nothing submitted in the period: every figure is empty, not zero.
    const none = await stats('?from=2026-06-23&to=2026-06-30');
    expect(none.body.applications).toEqual({ total: 0, byStatus: { in_progress: 0, awaiting_supplement: 0, completed: 0, rejected: 0 } });
    expect(none.body.processing).toEqual(NOTHING_FINISHED);
    expect(none.body.visits).toEqual({ before: null, after: null, avoided: null });

    // Rows that ended before migration 027 have no ended_at or pauses: they are counted from their snapshots, to the same figures.
    const database = server.database();
    try {
      const ids = [f, g, h, i, j];
      const saved = await database('applications').whereIn('id', ids).select<{ id: string; ended_at: string | null; pauses: string | null }[]>('id', 'ended_at', 'pauses');
      expect(saved.find((row) => row.id === f)?.pauses).toMatch(/^\[\{"from":"2026-06-02T02:00/);
      expect(saved.filter((row) => row.pauses !== null)).toHaveLength(1);
      await database('applications').whereIn('id', ids).update({ ended_at: null, pauses: null });
      expect((await stats('?from=2026-06-01')).body.processing).toEqual(juneProcessing);
      for (const row of saved) await database('applications').where({ id: row.id }).update({ ended_at: row.ended_at, pauses: row.pauses });
    } finally {
      await database.destroy();
    }
  });

  it('counts a year without a loaded holiday schedule provisionally (Monday to Friday)', async () => {
    await moveClockTo(api, '2026-12-31T10:00:00');
    const k = await steps.submit('k', single);
    // 2027 has no schedule here: Friday 1/1 counts as a working day, and so does Monday 1/4.
    await moveClockTo(api, '2027-01-04T10:00:00');
    expect((await steps.complete(k)).status).toBe('completed');
    const response = await stats('?from=2026-12-01');
    expect(response.body.processing).toMatchObject({ finished: 1, workingDays: { median: 2, p90: 2, average: 2 }, onTime: 1, provisional: 1 });
  });
});
