// 办件统计 end to end: newborn applications submitted and finished at known test-clock times around the
// 2026 Labour Day holiday (5/1–5/5 off), and the figures GET /api/stats/bundles/:id gives for them —
// statuses, processing working days (median, p90) against each application's committed limit, the on-time
// rate, the 秒批 rate and the visits avoided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample } from '../support/applicationViews.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
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
  };
  autoApproval: { decidedMatters: number; byRule: number; rate: number | null };
  visits: { before: number | null; after: number | null; avoided: number | null };
}

const single = newbornSample('valid-single-birth');
/** Without the social security card: 5 matters, critical path 1 + 1 + 2 = 4 working days, 5 visits before. */
const noCard = { ...single, answers: { ...single.answers, needSocialSecurityCard: false } };

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
    expect(later.body.processing).toEqual({
      finished: 0,
      workingDays: { median: null, p90: null, average: null },
      committedWorkingDays: { before: null, after: null },
      onTime: 0,
      onTimeRate: null,
      provisional: 0,
    });
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
});
