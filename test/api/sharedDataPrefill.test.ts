// 秒报 / 免提交 end to end on real processes: OneGo asks the example data provider (its own process) for a
// signed-in citizen's shared data. The preview is prefilled and waives the materials the provider has;
// submission resolves shared data on the server, fills what the citizen left out and keeps each value's
// provenance, which the officers see for their own fields only. Then the provider is stopped: nothing is
// prefilled or waived, the citizen is asked for the materials, submission still works, a warning is logged
// and counted, and after repeated failures the circuit opens. A provider that never answers costs a
// timeout, not a hang. Without ONEGO_DATA_SOURCE_URL, dev mode runs the example provider in-process.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newbornSample, type ApplicationView, type SubmitResponse } from '../support/applicationViews.ts';
import { startDataProviderProcess, type DataProviderProcess } from '../support/dataProviderProcess.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

type Json = Record<string, unknown>;
type Provenance = Record<string, { kind: string; element?: string; source?: string; retrievedAt?: string; overrides?: Json }>;

interface Waived {
  materialId: string;
  waivedBy?: { kind: string; eLicence?: string };
}
interface PrefillView {
  status: string;
  reason?: string;
  data: Record<string, Json>;
  provenance: Record<string, { element: string; source: string; retrievedAt: string }>;
  eLicences: { type: string; name: string; source: string; retrievedAt: string }[];
}
interface Preview {
  notice: { materials: Waived[]; waived: Waived[] };
  metrics: { materials: { before: number; after: number } };
  prefill: PrefillView;
}
interface SharedApplication extends ApplicationView {
  sharedData: { status: string; reason?: string; at: string; eLicences: { type: string; source: string }[] } | null;
  provenance: Provenance;
}
interface TaskDetail {
  data: Json;
  provenance: Provenance;
  materials: { materialId: string; waivedBy: { kind: string; eLicence?: string } | null; evidence: { eLicence?: Json } | null }[];
}

const single = newbornSample('valid-single-birth');
const FATHER = { subject: 'li-mingxuan', idNumber: '410105199304120314' };
const MOTHER_ID = '410102199508230460';
const CURRENT_ADDRESS = '河南省郑州市二七区大学路80号';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// The deadlines of the newborn bundle stay inside the calendar years the runtime ships.
const CLOCK = { ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:00:00+08:00' };

let provider: DataProviderProcess;
let oneGo: ServerProcess; // asks `provider`
let slowOneGo: ServerProcess; // asks a connector that accepts connections and never answers
let devOneGo: ServerProcess; // no ONEGO_DATA_SOURCE_URL, dev login on: the example provider in-process
let silent: Server;
const held: Socket[] = [];
let api: ReturnType<typeof client>;

async function citizen(base: ReturnType<typeof client>, subject: string, idNumber?: string): Promise<string> {
  const response = await base.post<{ token: string }>('/api/auth/dev-login', { role: 'citizen', subject, ...(idNumber ? { idNumber } : {}) });
  expect(response.status).toBe(200);
  return response.body.token;
}

const preview = (base: ReturnType<typeof client>, token?: string) => base.post<Preview>('/api/bundles/henan-newborn/preview', { answers: single.answers }, token);

const submit = (base: ReturnType<typeof client>, token: string, key: string, data: Json) =>
  base.post<SubmitResponse & { errors?: { path: string }[] }>('/api/applications', { bundleId: 'henan-newborn', answers: single.answers, data }, token, { 'idempotency-key': key });

const ids = (materials: Waived[]) => materials.map((m) => m.materialId).sort();

/** The value of one Prometheus sample (0 when absent). */
function metric(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** The sample's data without the values the provider has, and with a current address instead of the registered one. */
function leftOutForPrefill(): Json {
  const data: Json = { ...single.data, applicant: { ...(single.data['applicant'] as Json), address: CURRENT_ADDRESS } };
  delete data['household'];
  delete data['marriage'];
  return data;
}

beforeAll(async () => {
  silent = createServer((socket) => held.push(socket)); // accepts, reads nothing, answers nothing
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentPort = (silent.address() as { port: number }).port;
  provider = await startDataProviderProcess();
  [oneGo, slowOneGo, devOneGo] = await Promise.all([
    startServerProcess({
      ...CLOCK,
      ONEGO_DATA_SOURCE_URL: provider.resolveUrl,
      ONEGO_OUTBOUND_ALLOW: '127.0.0.1', // the test provider listens on loopback
      ONEGO_DATA_SOURCE_TIMEOUT_MS: '5000',
      ONEGO_DATA_SOURCE_RETRIES: '1',
      ONEGO_DATA_SOURCE_BREAKER_FAILURES: '4',
      ONEGO_DATA_SOURCE_BREAKER_RESET_MS: '600000',
    }),
    startServerProcess({ ...CLOCK, ONEGO_OUTBOUND_ALLOW: '127.0.0.1', ONEGO_DATA_SOURCE_URL: `http://127.0.0.1:${silentPort}/resolve`, ONEGO_DATA_SOURCE_TIMEOUT_MS: '300', ONEGO_DATA_SOURCE_RETRIES: '1' }),
    startServerProcess({ ...CLOCK, ONEGO_DATA_SOURCE_URL: undefined, ONEGO_EXAMPLE_DATA_PROVIDER: undefined }),
  ]);
  api = client(oneGo.url);
}, 90_000);

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await Promise.all([oneGo?.stop(), slowOneGo?.stop(), devOneGo?.stop(), provider?.stop(), new Promise((resolve) => silent?.close(resolve))]);
});

describe('prefill and waived materials from the example data provider (秒报 / 免提交)', () => {
  let father: string;
  let applicationId: string;

  beforeAll(async () => {
    father = await citizen(api, FATHER.subject);
  });

  it("prefills a signed-in citizen's preview and waives the materials the provider has, in the notice and the metrics", async () => {
    const response = await preview(api, father);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { prefill, notice, metrics } = response.body;
    expect(prefill.status).toBe('resolved');
    expect(prefill.data['household']).toEqual(single.data['household']);
    expect(prefill.data['marriage']).toEqual(single.data['marriage']);
    expect(prefill.data['mother']).toEqual({ name: '王雨桐', idNumber: MOTHER_ID, ethnicity: '01' });
    expect(prefill.provenance['/household/registerNumber']).toEqual({ element: 'household.registerNumber', source: 'population-registry', retrievedAt: expect.stringMatching(ISO) as unknown });
    expect(prefill.provenance['/marriage/certificateNumber']?.source).toBe('marriage-registry');
    expect(prefill.eLicences.map((l) => [l.type, l.name, l.source])).toEqual([
      ['household-register', '居民户口簿', 'e-licence-library'],
      ['marriage-certificate', '结婚证', 'e-licence-library'],
    ]);
    // 9 → 1: only the parents' ID cards are left to show.
    expect(ids(notice.materials)).toEqual(['parents-id-cards']);
    expect(notice.waived.find((m) => m.materialId === 'household-register')?.waivedBy).toMatchObject({ kind: 'e-licence', eLicence: 'household-register' });
    expect(notice.waived.find((m) => m.materialId === 'marriage-certificate')?.waivedBy).toMatchObject({ kind: 'e-licence', eLicence: 'marriage-certificate' });
    expect(metrics.materials).toEqual({ before: 9, after: 1 });
  });

  it('finds a citizen by the resident ID number in their token, and prefills nothing for a citizen with no record', async () => {
    const mother = await preview(api, await citizen(api, 'some-account-of-the-mother', MOTHER_ID));
    expect(mother.body.prefill.data['applicant']).toMatchObject({ name: '王雨桐', idNumber: MOTHER_ID });
    const stranger = await preview(api, await citizen(api, 'citizen-without-records'));
    expect(stranger.status).toBe(200);
    expect(stranger.body.prefill).toMatchObject({ status: 'resolved', data: {}, provenance: {}, eLicences: [] });
    expect(ids(stranger.body.notice.materials)).toEqual(['household-register', 'marriage-certificate', 'parents-id-cards']);
    expect(stranger.body.metrics.materials).toEqual({ before: 9, after: 3 });
  });

  it('asks nothing for an anonymous preview, which shows what the bundle declares shared', async () => {
    const anonymous = await preview(api);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.prefill).toEqual({ status: 'anonymous', data: {}, provenance: {}, eLicences: [] });
    expect(anonymous.body.metrics.materials).toEqual({ before: 9, after: 1 });
  });

  it('serves the prefill alone to the citizen, and to nobody else', async () => {
    const prefill = await api.get<PrefillView>('/api/bundles/henan-newborn/prefill', father);
    expect(prefill.status).toBe(200);
    expect(prefill.body.data['household']).toEqual(single.data['household']);
    expect((await api.get('/api/bundles/henan-newborn/prefill')).status).toBe(401);
    expect((await api.get('/api/bundles/henan-newborn/prefill', await api.login('officer', 'officer-police', 'police'))).status).toBe(403);
  });

  it('fills on submission what the citizen left out, and records where every value came from', async () => {
    const response = await submit(api, father, 'prefill-1', leftOutForPrefill());
    expect(response.status).toBe(201);
    applicationId = response.body.id;
    const again = await submit(api, father, 'prefill-1', leftOutForPrefill());
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(applicationId);

    const view = await api.get<SharedApplication>(`/api/applications/${applicationId}`, father);
    expect(view.status).toBe(200);
    expect(view.body.sharedData).toMatchObject({ status: 'resolved', at: expect.stringMatching(ISO) as unknown });
    expect(view.body.sharedData?.eLicences.map((l) => l.type)).toEqual(['household-register', 'marriage-certificate']);
    const provenance = view.body.provenance;
    expect(provenance['/household/registerNumber']).toEqual({
      kind: 'shared',
      element: 'household.registerNumber',
      source: 'population-registry',
      retrievedAt: expect.stringMatching(ISO) as unknown,
    });
    expect(provenance['/marriage/registrationDate']).toMatchObject({ kind: 'shared', source: 'marriage-registry' });
    expect(provenance['/mother/idNumber']).toMatchObject({ kind: 'shared' }); // sent as prefilled, unchanged
    expect(provenance['/applicant/address']).toEqual({
      kind: 'entered',
      overrides: { element: 'applicant.address', source: 'population-registry', retrievedAt: expect.stringMatching(ISO) as unknown },
    });
    expect(provenance['/applicant/mobile']).toEqual({ kind: 'entered' });
    expect(provenance['/child/0/name']).toEqual({ kind: 'entered' });
  });

  it("shows an officer the provenance of their matter's fields only, and what replaced each waived material", async () => {
    const police = await api.login('officer', 'officer-police', 'police');
    const view = await api.get<SharedApplication>(`/api/applications/${applicationId}`, father);
    const hukou = view.body.matters.find((m) => m.matterId === 'birth-household-registration');
    const task = await api.get<TaskDetail>(`/api/tasks/${hukou?.taskId}`, police);
    expect(task.status).toBe(200);
    expect(task.body.data['household']).toEqual(single.data['household']); // filled in by the server
    expect(task.body.provenance['/household/registerNumber']).toMatchObject({ kind: 'shared', source: 'population-registry' });
    expect(task.body.provenance['/applicant/name']).toMatchObject({ kind: 'shared' });
    expect(task.body.provenance['/applicant/mobile']).toEqual({ kind: 'entered' });
    expect(Object.keys(task.body.provenance).filter((p) => p.startsWith('/socialInsurance') || p.startsWith('/matters/birth-medical-certificate'))).toEqual([]);
    const material = (id: string) => task.body.materials.find((m) => m.materialId === id);
    expect(material('household-register')?.waivedBy).toMatchObject({ kind: 'e-licence', eLicence: 'household-register' });
    expect(material('household-register')?.evidence).toEqual({
      eLicence: { type: 'household-register', number: '410105012345', source: 'e-licence-library', retrievedAt: expect.stringMatching(ISO) as unknown },
    });
    expect(material('marriage-certificate')?.evidence?.eLicence).toMatchObject({ number: 'J410105-2021-001234' });
    expect(material('birth-medical-certificate')).toMatchObject({ waivedBy: { kind: 'produced-in-bundle' }, evidence: null });

    // The application as the medical insurance officer reads it: their matter's fields and e-licences only.
    const insurance = await api.get<SharedApplication>(`/api/applications/${applicationId}`, await api.login('officer', 'officer-mi', 'medical-insurance'));
    expect(insurance.status).toBe(200);
    expect(insurance.body.sharedData?.eLicences.map((l) => l.type)).toEqual(['household-register']);
    expect(insurance.body.provenance['/household/divisionCode']).toMatchObject({ kind: 'shared' });
    expect(insurance.body.provenance['/mother/idNumber']).toBeUndefined();
    expect(insurance.body.provenance['/marriage/certificateNumber']).toBeUndefined();
  });
});

describe('the same flow with the provider stopped', () => {
  let father: string;

  beforeAll(async () => {
    father = await citizen(api, FATHER.subject);
    await provider.stop();
  }, 30_000);

  it('prefills and waives nothing, asks for the materials, and still answers 200', async () => {
    const response = await preview(api, father);
    expect(response.status).toBe(200);
    expect(response.body.prefill).toEqual({ status: 'unavailable', reason: 'unreachable', data: {}, provenance: {}, eLicences: [] });
    expect(ids(response.body.notice.materials)).toEqual(['household-register', 'marriage-certificate', 'parents-id-cards']);
    expect(response.body.notice.waived.map((m) => m.waivedBy?.kind)).toEqual(['produced-in-bundle']);
    expect(response.body.metrics.materials).toEqual({ before: 9, after: 3 });
  });

  it('takes a submission with every value entered, and refuses one that leaves out what only shared data had filled', async () => {
    const leftOut = await submit(api, father, 'stopped-1', leftOutForPrefill());
    expect(leftOut.status).toBe(422);
    expect(leftOut.body.code).toBe('VALIDATION_FAILED');
    expect(leftOut.body.errors?.map((e) => e.path).sort()).toEqual(['/data/household', '/data/marriage']);

    const response = await submit(api, father, 'stopped-2', single.data);
    expect(response.status).toBe(201);
    const view = await api.get<SharedApplication>(`/api/applications/${response.body.id}`, father);
    expect(view.body.sharedData).toMatchObject({ status: 'unavailable', eLicences: [] });
    expect(Object.values(view.body.provenance).every((p) => p.kind === 'entered')).toBe(true);
    expect(view.body.provenance['/household/registerNumber']).toEqual({ kind: 'entered' });

    const police = await api.login('officer', 'officer-police', 'police');
    const hukou = view.body.matters.find((m) => m.matterId === 'birth-household-registration');
    const task = await api.get<TaskDetail>(`/api/tasks/${hukou?.taskId}`, police);
    const material = (id: string) => task.body.materials.find((m) => m.materialId === id);
    expect(material('household-register')).toMatchObject({ waivedBy: null, evidence: null });
    expect(material('marriage-certificate')).toMatchObject({ waivedBy: null, evidence: null });
  });

  it('logs a warning with the reason and counts it', async () => {
    expect(oneGo.output()).toMatch(/"level":40[^\n]*"reason":"unreachable"[^\n]*shared data unavailable/);
    const metrics = (await api.get<string>('/metrics')).body;
    expect(metric(metrics, 'onego_data_source_requests_total', 'outcome="unreachable"')).toBeGreaterThanOrEqual(1);
    expect(metric(metrics, 'onego_data_source_requests_total', 'outcome="resolved"')).toBeGreaterThanOrEqual(1);
  });

  it('opens the circuit after repeated failures: the connector is not called, and previews go on', async () => {
    let metrics = '';
    for (let attempt = 0; attempt < 10; attempt++) {
      metrics = (await api.get<string>('/metrics')).body;
      if (metric(metrics, 'onego_data_source_circuit_opened_total') > 0) break;
      expect((await preview(api, father)).status).toBe(200);
    }
    expect(metric(metrics, 'onego_data_source_circuit_opened_total')).toBe(1);
    expect(metric(metrics, 'onego_data_source_circuit_state')).toBe(1);
    expect(oneGo.output()).toMatch(/"level":40[^\n]*data source circuit opened/);
    const open = await preview(api, father);
    expect(open.status).toBe(200);
    expect(open.body.prefill).toMatchObject({ status: 'unavailable', reason: 'circuit-open' });
    expect(metric((await api.get<string>('/metrics')).body, 'onego_data_source_requests_total', 'outcome="circuit-open"')).toBeGreaterThanOrEqual(1);
  });
});

describe('a provider that never answers', () => {
  it('costs a timeout: the preview and the submission go on without shared data', async () => {
    const slow = client(slowOneGo.url);
    const father = await citizen(slow, FATHER.subject);
    const response = await preview(slow, father);
    expect(response.status).toBe(200);
    expect(response.body.prefill).toMatchObject({ status: 'unavailable', reason: 'timeout' });
    expect(ids(response.body.notice.materials)).toEqual(['household-register', 'marriage-certificate', 'parents-id-cards']);
    const submitted = await submit(slow, father, 'slow-1', single.data);
    expect(submitted.status).toBe(201);
    expect(held.length).toBeGreaterThan(0); // it really was asked
    expect(slowOneGo.output()).toMatch(/"reason":"timeout"[^\n]*shared data unavailable/);
    expect(metric((await slow.get<string>('/metrics')).body, 'onego_data_source_requests_total', 'outcome="timeout"')).toBe(2);
  });
});

describe('dev mode without ONEGO_DATA_SOURCE_URL', () => {
  it('runs the example provider in-process, so that npm start shows prefill with the sample applicants', async () => {
    const dev = client(devOneGo.url);
    const response = await preview(dev, await citizen(dev, FATHER.subject));
    expect(response.body.prefill.status).toBe('resolved');
    expect(response.body.prefill.data['household']).toEqual(single.data['household']);
  });
});
