// Crash safety: the server is killed with SIGKILL in the middle of a load of submissions, claims (签收) and
// decisions on the 出生医学证明's first step (受理: completed, or the matter rejected). After a restart on the
// same SQLite file, every application that got a 2xx is there with all its tasks, every acknowledged
// decision is reflected, and retrying any request creates nothing twice. Requests whose response was lost
// to the kill either happened completely or not at all.
import path from 'node:path';
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type Sample, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const LOAD_MS = 2_500;
const SUBMITTERS = 8;
const DECIDERS = 4;
const CITIZENS = ['citizen-crash-1', 'citizen-crash-2', 'citizen-crash-3', 'citizen-crash-4'];
const CERTIFICATE = 'birth-medical-certificate';
/** The certificate's first review step (受理 → 签发). */
const FIRST_STEP = 'accept';

type Variant = 'single' | 'twins';
const SAMPLES: Record<Variant, Sample> = { single: newbornSample('valid-single-birth'), twins: newbornSample('valid-twins') };
/** The included matters of each sample (twins: no social security card, no birth registration). */
const INCLUDED: Record<Variant, string[]> = {
  single: [CERTIFICATE, 'vaccination-certificate', 'birth-household-registration', 'medical-insurance-enrolment', 'social-security-card', 'birth-registration'],
  twins: [CERTIFICATE, 'vaccination-certificate', 'birth-household-registration', 'medical-insurance-enrolment'],
};
const HEALTH_TASKS: Record<Variant, number> = { single: 3, twins: 2 };

/** acknowledged: a 2xx came back; lost: no response (the kill); refused: another status. */
type Outcome = 'acknowledged' | 'lost' | 'refused';

interface Submission {
  citizen: string;
  key: string;
  variant: Variant;
  outcome?: Outcome;
  response?: SubmitResponse;
}

interface Decision {
  submission: Submission;
  taskId: string;
  decision: 'approve' | 'reject';
  outcome?: Outcome;
}

const body = (variant: Variant) => ({ bundleId: 'henan-newborn', ...SAMPLES[variant] });
const sortedIds = (ids: string[]) => [...ids].sort();

let server: ServerProcess;
/** Four citizens submit hundreds of applications in seconds: no daily quota. */
const NO_QUOTA = { ONEGO_QUOTA_APPLICATIONS_PER_DAY: '0' };

afterAll(async () => {
  await server?.stop();
});

describe('kill -9 in the middle of submissions and decisions', () => {
  it('loses nothing acknowledged and duplicates nothing after a restart', { timeout: 90_000 }, async () => {
    server = await startServerProcess(NO_QUOTA);
    let api = client(server.url);
    const tokens = new Map<string, string>();
    for (const citizen of CITIZENS) tokens.set(citizen, await api.login('citizen', citizen));
    // The window clerk of the hospital, who claims and decides the certificate's 受理 step.
    const health = await api.login('officer', 'officer-crash-health', 'health', { name: '卫健窗口', positions: ['窗口人员'] });
    const tokenOf = (citizen: string) => tokens.get(citizen) ?? '';

    // ---- the load, killed in the middle ----
    const submissions: Submission[] = [];
    const decisions: Decision[] = [];
    const toDecide: Submission[] = [];
    let killed = false;
    let inFlight = 0;
    const track = async <T>(request: () => Promise<T>): Promise<T | undefined> => {
      inFlight++;
      try {
        return await request();
      } catch {
        return undefined; // no response: the server died under it
      } finally {
        inFlight--;
      }
    };

    async function submitter(worker: number): Promise<void> {
      for (let n = 0; !killed; n++) {
        const citizen = CITIZENS[(worker + n) % CITIZENS.length] ?? '';
        const submission: Submission = { citizen, key: `crash-${worker}-${n}`, variant: n % 3 === 2 ? 'twins' : 'single' };
        submissions.push(submission);
        const response = await track(() => api.post<SubmitResponse>('/api/applications', body(submission.variant), tokenOf(citizen), { 'idempotency-key': submission.key }));
        submission.outcome = !response ? 'lost' : response.status === 201 || response.status === 200 ? 'acknowledged' : 'refused';
        if (response && submission.outcome === 'acknowledged') {
          submission.response = response.body;
          toDecide.push(submission);
        }
      }
    }

    async function decider(worker: number): Promise<void> {
      for (let n = 0; !killed; n++) {
        const submission = toDecide.shift();
        if (!submission?.response) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        const view = await track(() => api.get<ApplicationView>(`/api/applications/${submission.response?.id}`, tokenOf(submission.citizen)));
        if (!view || view.status !== 200) continue;
        const decision: Decision = { submission, taskId: matterOf(view.body, CERTIFICATE).taskId, decision: (worker + n) % 4 === 0 ? 'reject' : 'approve' };
        decisions.push(decision);
        const claimed = await track(() => api.post(`/api/tasks/${decision.taskId}/claim`, {}, health));
        if (!claimed || claimed.status !== 200) {
          decision.outcome = !claimed ? 'lost' : 'refused';
          continue;
        }
        const response = await track(() => api.post(`/api/tasks/${decision.taskId}/decision`, { decision: decision.decision, stepId: FIRST_STEP }, health));
        decision.outcome = !response ? 'lost' : response.status === 200 ? 'acknowledged' : 'refused';
      }
    }

    const workers = [...Array.from({ length: SUBMITTERS }, (_, i) => submitter(i)), ...Array.from({ length: DECIDERS }, (_, i) => decider(i))];
    // Kill once the load has run for LOAD_MS and enough of both kinds were acknowledged (a busy machine is
    // slower; the kill must still hit a real load), or after a minute whatever came back.
    const started = Date.now();
    const enough = () =>
      submissions.filter((s) => s.outcome === 'acknowledged').length > 20 && decisions.filter((d) => d.outcome === 'acknowledged').length > 5;
    while (Date.now() - started < LOAD_MS || (!enough() && Date.now() - started < 60_000)) await new Promise((resolve) => setTimeout(resolve, 50));
    const inFlightAtKill = inFlight;
    server.process.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    expect(await server.stop()).toBeNull(); // died of the signal, not by exiting

    const acknowledged = submissions.filter((s) => s.outcome === 'acknowledged');
    const lost = submissions.filter((s) => s.outcome === 'lost');
    const decided = decisions.filter((d) => d.outcome === 'acknowledged');
    // The kill really hit a load in flight, after both kinds of request had succeeded.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(lost.length + decisions.filter((d) => d.outcome === 'lost').length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(decided.length).toBeGreaterThan(5);
    expect(submissions.filter((s) => s.outcome === 'refused')).toEqual([]);
    expect(decisions.filter((d) => d.outcome === 'refused')).toEqual([]);

    // ---- restart on the same data folder ----
    server = await startServerProcess(NO_QUOTA, server.dataDir);
    api = client(server.url); // the dev signing key is in the data folder: the tokens still work

    // Every acknowledged application is there; any other one comes from a lost response.
    const listed = new Map<string, string[]>();
    for (const citizen of CITIZENS) {
      const mine = await allPages<{ id: string }>(api, '/api/applications', tokenOf(citizen));
      listed.set(citizen, mine.map((a) => a.id));
    }
    const acknowledgedIds = new Set(acknowledged.map((s) => s.response?.id ?? ''));
    expect(acknowledgedIds.size).toBe(acknowledged.length); // distinct keys, distinct applications
    for (const citizen of CITIZENS) {
      const ids = listed.get(citizen) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(acknowledged.filter((s) => s.citizen === citizen).map((s) => s.response?.id)));
    }
    const unacknowledgedIds = new Set([...listed.values()].flat().filter((id) => !acknowledgedIds.has(id)));

    // Each with one task per included matter, in the state its acknowledged requests left it.
    const decisionsOf = new Map<string, Decision[]>();
    for (const decision of decisions) decisionsOf.set(decision.submission.key, [...(decisionsOf.get(decision.submission.key) ?? []), decision]);
    for (const submission of acknowledged) {
      const view = await api.get<ApplicationView>(`/api/applications/${submission.response?.id}`, tokenOf(submission.citizen));
      expect(view.status, submission.key).toBe(200);
      const matters = view.body.matters;
      expect(sortedIds(matters.map((m) => m.matterId)), submission.key).toEqual(sortedIds(INCLUDED[submission.variant]));
      expect(sortedIds(matters.map((m) => m.matterId))).toEqual(sortedIds(submission.response?.matters.map((m) => m.matterId) ?? []));
      expect(new Set(matters.map((m) => m.taskId)).size).toBe(matters.length);
      expect(view.body.timeline.filter((e) => e.what === 'SUBMITTED')).toHaveLength(1);
      expectStateAfter(view.body, submission, decisionsOf.get(submission.key) ?? []);
    }

    // Retrying every submission gives the same application, or creates the one whose request never landed.
    const recovered = new Set<string>();
    const createdByRetry = new Set<string>();
    for (const submission of submissions) {
      const retry = await api.post<SubmitResponse>('/api/applications', body(submission.variant), tokenOf(submission.citizen), { 'idempotency-key': submission.key });
      if (submission.outcome === 'acknowledged') {
        expect(retry.status, submission.key).toBe(200);
        expect(retry.body.id).toBe(submission.response?.id);
      } else {
        expect([200, 201], submission.key).toContain(retry.status);
        if (retry.status === 200) recovered.add(retry.body.id);
        else {
          expect(unacknowledgedIds.has(retry.body.id)).toBe(false);
          createdByRetry.add(retry.body.id);
        }
      }
    }
    // The applications nobody heard of are exactly those whose lost request had committed.
    expect(sortedIds([...recovered])).toEqual(sortedIds([...unacknowledgedIds]));
    for (const citizen of CITIZENS) {
      const keys = submissions.filter((s) => s.citizen === citizen);
      const mine = await allPages<{ id: string }>(api, '/api/applications', tokenOf(citizen));
      expect(mine).toHaveLength(keys.length);
      expect(new Set(mine.map((a) => a.id)).size).toBe(keys.length);
    }

    // Acknowledged decisions are final: deciding again is refused, not applied twice.
    for (const decision of decided) {
      const again = await api.post<{ code: string }>(`/api/tasks/${decision.taskId}/decision`, { decision: 'approve', stepId: FIRST_STEP }, health);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe(decision.decision === 'approve' ? 'STEP_ALREADY_DECIDED' : 'TASK_ALREADY_DECIDED');
    }

    // The health department's inbox: one task per health matter of every application, none orphaned.
    const tasks = await allPages<TaskSummary>(api, '/api/tasks', health);
    const expectedHealthTasks = submissions.reduce((sum, s) => sum + HEALTH_TASKS[s.variant], 0);
    expect(tasks).toHaveLength(expectedHealthTasks);
    const allIds = new Set([...acknowledgedIds, ...recovered, ...createdByRetry]);
    expect(allIds.size).toBe(submissions.length);
    expect(new Set(tasks.map((t) => `${t.applicationId} ${t.matterId}`)).size).toBe(tasks.length);
    expect(tasks.filter((t) => !allIds.has(t.applicationId))).toEqual([]);

    // The inbox counts (X-Total-Count) kept by the commands are the tasks' own, for every department and status.
    const db = knex({ client: 'sqlite3', connection: { filename: path.join(server.dataDir, 'onego.sqlite') }, useNullAsDefault: true });
    try {
      const counted = await db('tasks').select('department', 'status').count({ n: '*' }).groupBy('department', 'status');
      const kept = await db('task_counts').where('tasks', '>', 0).select('department', 'status', 'tasks');
      const key = (r: { department: string; status: string }) => `${r.department} ${r.status}`;
      expect(Object.fromEntries(kept.map((r: { department: string; status: string; tasks: number }) => [key(r), Number(r.tasks)]))).toEqual(
        Object.fromEntries(counted.map((r) => [key(r as { department: string; status: string }), Number(r['n'])])),
      );
    } finally {
      await db.destroy();
    }
  });
});

/** The state an acknowledged application must be in, given the decisions sent about its certificate's 受理. */
function expectStateAfter(view: ApplicationView, submission: Submission, decisions: Decision[]): void {
  const statuses = Object.fromEntries(view.matters.map((m) => [m.matterId, m.status]));
  const submitted = Object.fromEntries(submission.response?.matters.map((m) => [m.matterId, m.status]) ?? []);
  const certificate = statuses[CERTIFICATE];
  const acknowledged = decisions.find((d) => d.outcome === 'acknowledged');
  const sent = decisions[0];
  const stepsCompleted = view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'COMPLETE_STEP').length;
  if (acknowledged) expect(certificate, submission.key).toBe(acknowledged.decision === 'approve' ? 'pending' : 'rejected');
  if (acknowledged?.decision === 'approve') expect(stepsCompleted, submission.key).toBe(1);
  if (!sent || certificate === 'pending') {
    // Nothing decided, 受理 completed (the matter goes on to 签发), or a decision lost before it
    // committed: every matter as submitted, 受理 completed at most once and only if approval was sent.
    expect(statuses, submission.key).toEqual(submitted);
    expect(view.status).toBe('in_progress');
    expect(stepsCompleted).toBeLessThanOrEqual(sent?.decision === 'approve' ? 1 : 0);
  } else {
    expect(sent.decision).toBe('reject');
    expect(certificate).toBe('rejected');
    expect(view.status).toBe('rejected');
    expect(stepsCompleted).toBe(0);
  }
  const certificateDecisions = view.timeline.filter((e) => e.matterId === CERTIFICATE && (e.what === 'MATTER_APPROVED' || e.what === 'MATTER_REJECTED'));
  expect(certificateDecisions).toHaveLength(certificate === 'rejected' ? 1 : 0);
}

/** Every item of a paged list (pages of 100), checked against its X-Total-Count. */
async function allPages<T>(api: ReturnType<typeof client>, path: string, token: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const response = await api.get<T[]>(`${path}?pageSize=100&page=${page}`, token);
    expect(response.status).toBe(200);
    items.push(...response.body);
    if (response.body.length < 100) {
      expect(Number(response.headers.get('x-total-count'))).toBe(items.length);
      return items;
    }
  }
}
