// Crash safety of case handling (issue #16): the server is killed with SIGKILL in the middle of a load of
// submissions, claims (签收), step completions (受理 of the 出生医学证明) and or-signatures raced by two case
// officers (its 签发, made 或签 here: the first signature completes the step and the matter). After a restart on the same database, every
// acknowledged claim, step and signature is there once; a request whose response the kill swallowed either
// happened completely or not at all; retrying any of them changes nothing that happened; no answer was a
// 5xx. A copy of the newborn bundle whose matters walk the review steps of the engine's fixture
// (engine/test/fixtures/newborn-steps/review.json). On SQLite and on PostgreSQL.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { newbornSample, type SubmitResponse } from '../support/applicationViews.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';
import { client, startServerProcess, type Response, type ServerProcess } from '../support/serverProcess.ts';

const BUNDLE = 'henan-newborn-crash-steps';
const CERTIFICATE = 'birth-medical-certificate';
const LOAD_MS = 3_000;
const SUBMITTERS = 2;
const HANDLERS = 4;
const SIGNATURE = { decision: 'approve', stepId: 'issue', results: { 'child.birthCertificateNumber': 'R410000123' } };
const NO_QUOTA = { ONEGO_QUOTA_APPLICATIONS_PER_DAY: '0', ONEGO_LOG_LEVEL: 'error' };

/** acknowledged: a 2xx came back; lost: no response (the kill); refused: a 4xx with a code. */
type Outcome = 'acknowledged' | 'lost' | 'refused';
interface Sent {
  applicationId: string;
  action: 'claim' | 'accept' | 'sign';
  who: string;
  outcome: Outcome;
  status?: number;
}
interface AppView {
  matters: { matterId: string; taskId: string; status: string }[];
  timeline: { what: string; matterId?: string }[];
}
interface TaskPage {
  status: string;
  step: { id: string } | null;
  holder: { subject: string } | null;
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
const tokens: Record<string, string> = {};

afterAll(async () => {
  await server?.stop();
});

async function signIn(key: string, department: string, name: string, positions: string[]): Promise<void> {
  const response = await api.post<{ token: string }>('/api/auth/dev-login', { role: 'officer', subject: `officer-crash-${key}`, department: officerDepartment(department), name, positions });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  tokens[key] = response.body.token;
  expect((await api.get('/api/tasks', response.body.token)).status).toBe(200); // recorded in the staff
}

async function publishStepsBundle(): Promise<void> {
  const designer = await api.login('designer', 'designer-crash-steps');
  const newborn = (await api.get<{ definition: { bundle: Record<string, unknown>; matters: { id: string }[] } }>('/api/bundles/henan-newborn')).body.definition;
  const review = JSON.parse(readFileSync('engine/test/fixtures/newborn-steps/review.json', 'utf8')) as { matters: Record<string, { steps: unknown[] }>; resultMappings: unknown[] };
  // 签发 or-signed by any one of two case officers, who record the certificate number.
  const [accept, issue] = review.matters[CERTIFICATE]?.steps as Record<string, unknown>[];
  review.matters[CERTIFICATE] = { steps: [accept, { ...issue, mode: 'any', signers: 2 }] };
  const definition = {
    bundle: { ...newborn.bundle, id: BUNDLE, name: { zh: '新生儿出生一件事（断电演练）', en: 'Newborn, crash drill' }, resultMappings: review.resultMappings },
    matters: newborn.matters.map((m) => (review.matters[m.id] ? { ...m, review: { steps: review.matters[m.id]?.steps } } : m)),
  };
  const saved = await api.post('/api/bundles', definition, designer);
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  const published = await api.post(`/api/bundles/${BUNDLE}/publish`, {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
}

const count = (view: AppView, matterId: string, what: string) => view.timeline.filter((e) => e.matterId === matterId && e.what === what).length;

describe('kill -9 in the middle of claims, steps and or-signatures', () => {
  it('loses nothing acknowledged, half-does nothing and duplicates nothing after a restart', { timeout: 180_000 }, async () => {
    server = await startServerProcess(NO_QUOTA);
    api = client(server.url);
    await publishStepsBundle();
    await signIn('clerk', 'health', '钱窗口', ['窗口人员', '经办人']);
    await signIn('doc1', 'health', '周经办', ['经办人']);
    await signIn('doc2', 'health', '吴经办', ['经办人']);
    const citizen = await api.login('citizen', 'citizen-crash-steps');
    const as = (key: string) => tokens[key] as string;

    // ---- the load, killed in the middle ----
    const applications: { id: string; certificate: string }[] = [];
    const queue: (typeof applications)[number][] = [];
    const sent: Sent[] = [];
    const statuses: number[] = [];
    let killed = false;
    let inFlight = 0;
    const track = async <T>(request: () => Promise<Response<T>>): Promise<Response<T> | undefined> => {
      inFlight++;
      try {
        const response = await request();
        statuses.push(response.status);
        return response;
      } catch {
        return undefined; // no response: the server died under it
      } finally {
        inFlight--;
      }
    };
    const outcome = (response: Response | undefined): Outcome => (!response ? 'lost' : response.status < 300 ? 'acknowledged' : 'refused');

    async function submitter(worker: number): Promise<void> {
      for (let n = 0; !killed; n++) {
        const response = await track(() => api.post<SubmitResponse>('/api/applications', { bundleId: BUNDLE, ...newbornSample('valid-single-birth') }, citizen, { 'idempotency-key': `crash-steps-${worker}-${n}` }));
        if (response?.status !== 201) continue;
        const view = await track(() => api.get<AppView>(`/api/applications/${response.body.id}`, citizen));
        if (view?.status !== 200) continue;
        const application = { id: response.body.id, certificate: view.body.matters.find((m) => m.matterId === CERTIFICATE)?.taskId as string };
        applications.push(application);
        queue.push(application);
      }
    }

    async function handler(): Promise<void> {
      while (!killed) {
        const application = queue.shift();
        if (!application) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        const send = async (action: Sent['action'], who: string, request: () => Promise<Response | undefined>) => {
          const response = await request();
          const record: Sent = { applicationId: application.id, action, who, outcome: outcome(response), ...(response ? { status: response.status } : {}) };
          sent.push(record);
          return record;
        };
        const claimed = await send('claim', 'clerk', () => track(() => api.post(`/api/tasks/${application.certificate}/claim`, {}, as('clerk'))));
        if (claimed.outcome !== 'acknowledged') continue;
        const accepted = await send('accept', 'clerk', () => track(() => api.post(`/api/tasks/${application.certificate}/decision`, { decision: 'approve', stepId: 'accept' }, as('clerk'))));
        if (accepted.outcome !== 'acknowledged') continue;
        // two case officers sign the or-signed step at once: one completes it, the other is refused
        await Promise.all(['doc1', 'doc2'].map((doc) => send('sign', doc, () => track(() => api.post(`/api/tasks/${application.certificate}/decision`, SIGNATURE, as(doc))))));
      }
    }

    const workers = [...Array.from({ length: SUBMITTERS }, (_, i) => submitter(i)), ...Array.from({ length: HANDLERS }, () => handler())];
    const started = Date.now();
    const acknowledged = (action: Sent['action']) => sent.filter((s) => s.action === action && s.outcome === 'acknowledged').length;
    const enough = () => acknowledged('claim') > 5 && acknowledged('accept') > 5 && acknowledged('sign') > 5;
    while (Date.now() - started < LOAD_MS || (!enough() && Date.now() - started < 60_000)) await new Promise((resolve) => setTimeout(resolve, 50));
    const inFlightAtKill = inFlight;
    server.process.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    expect(await server.stop()).toBeNull(); // died of the signal

    // The kill hit a real load of every kind.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(enough()).toBe(true);
    expect(sent.some((s) => s.outcome === 'lost')).toBe(true);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // The only refusals: the doctor who lost the race to an or-signed step.
    for (const refused of sent.filter((s) => s.outcome === 'refused')) expect(refused, JSON.stringify(refused)).toMatchObject({ action: 'sign', status: 409 });

    // ---- restart on the same database ----
    server = await startServerProcess(NO_QUOTA, server.dataDir);
    api = client(server.url); // the dev signing key is in the data folder: the tokens still work

    const sentFor = (id: string, action: Sent['action']) => sent.filter((s) => s.applicationId === id && s.action === action);
    const check = async (application: (typeof applications)[number], retried: boolean) => {
      const view = (await api.get<AppView>(`/api/applications/${application.id}`, as('clerk'))).body;
      const certificate = (await api.get<TaskPage>(`/api/tasks/${application.certificate}`, as('clerk'))).body;
      const claims = count(view, CERTIFICATE, 'TASK_CLAIMED');
      const accepted = count(view, CERTIFICATE, 'COMPLETE_STEP');
      const signatures = count(view, CERTIFICATE, 'SIGN_STEP');
      const label = `${application.id} ${JSON.stringify({ claims, accepted, signatures, status: certificate.status, step: certificate.step, sent: sent.filter((s) => s.applicationId === application.id) })}`;
      // Once at most, and once for sure when acknowledged (or retried).
      const once = (n: number, requests: Sent[]) => {
        expect(n, label).toBeLessThanOrEqual(1);
        if (requests.some((s) => s.outcome === 'acknowledged') || (retried && requests.length > 0)) expect(n, label).toBe(1);
      };
      once(claims, sentFor(application.id, 'claim'));
      once(accepted, sentFor(application.id, 'accept'));
      once(signatures, sentFor(application.id, 'sign'));
      // Whole or nothing: a claim gave the task its holder, a completed 受理 moved it to 签发, an or-signature
      // approved the matter — and none without the one before.
      if (signatures === 1) expect(certificate.status, label).toBe('approved');
      else expect(certificate.step?.id, label).toBe(accepted === 1 ? 'issue' : 'accept');
      if (accepted === 1) expect(claims, label).toBe(1);
      if (claims === 1 && accepted === 0) expect(certificate.holder?.subject, label).toBe('officer-crash-clerk');
    };
    for (const application of applications) await check(application, false);

    // Retrying every request whose answer was lost: it lands once, or is refused as already done.
    for (const lost of sent.filter((s) => s.outcome === 'lost')) {
      const application = applications.find((a) => a.id === lost.applicationId) as (typeof applications)[number];
      const retry =
        lost.action === 'claim'
          ? await api.post(`/api/tasks/${application.certificate}/claim`, {}, as(lost.who))
          : lost.action === 'accept'
            ? await api.post(`/api/tasks/${application.certificate}/decision`, { decision: 'approve', stepId: 'accept' }, as(lost.who))
            : await api.post(`/api/tasks/${application.certificate}/decision`, SIGNATURE, as(lost.who));
      expect(retry.status, JSON.stringify({ lost, body: retry.body })).toBeLessThan(500);
    }
    for (const application of applications.filter((a) => sent.some((s) => s.applicationId === a.id && s.outcome === 'lost'))) await check(application, true);
  });
});
