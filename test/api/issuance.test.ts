// Unified issuance (统一发证) through the issuing system: the numbers come from the provider, never from the
// runtime; the e-licences are downloaded by the applicant only; a provider that is down leaves the
// application issuing (正在出证) until it is back; a retried request gets the same numbers; a server killed
// between the provider's answer and the write issues once.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIssuingProvider, type IssueAnswer, type IssuingProvider } from '../../examples/issuing-provider/server.ts';
import { licencePdfText } from '../../examples/issuing-provider/licencePdf.ts';
import { newbornSample, type ApplicationView } from '../support/applicationViews.ts';
import { freePort } from '../support/freePort.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { RESULT_VALUES } from '../support/stepResultValues.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const servers: ServerProcess[] = [];
const providers: IssuingProvider[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const provider of providers) await provider.close();
});

/** A server issuing through a provider of this test on `port` (started or not), with the test clock. */
async function serverIssuingAt(port: number, dataDir?: string): Promise<ServerProcess> {
  const server = await startServerProcess({ ONEGO_ISSUING_URL: `http://127.0.0.1:${port}/issue`, ONEGO_OUTBOUND_ALLOW: '127.0.0.1', ONEGO_TEST_CLOCK: '1', ONEGO_ISSUING_TIMEOUT_MS: '2000' }, dataDir);
  servers.push(server);
  return server;
}

async function provider(port: number, onIssued?: (key: string, answer: IssueAnswer) => void): Promise<IssuingProvider> {
  const started = await startIssuingProvider({ port, ...(onIssued ? { onIssued } : {}) });
  providers.push(started);
  return started;
}

/** Approves every pending matter until none is left; the view after. */
async function approveAll(steps: ReturnType<typeof newbornSteps>, id: string): Promise<ApplicationView> {
  let view = await steps.read(id);
  for (let round = 0; round < 10 && view.matters.some((m) => m.status === 'pending'); round++) {
    for (const matter of view.matters.filter((m) => m.status === 'pending')) view = await steps.decide(id, matter.matterId, 'approve');
  }
  return view;
}

const issuedEvents = (timeline: ApplicationView['timeline']) => timeline.filter((e) => e.what === 'RESULTS_ISSUED').length;

describe('issuance with the example issuing system (dev mode, in the server process)', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  let steps: ReturnType<typeof newbornSteps>;
  let completed: ApplicationView;

  beforeAll(async () => {
    server = await startServerProcess();
    servers.push(server);
    api = client(server.url);
    steps = newbornSteps(api, 'citizen-issuance');
    const id = await steps.submit('issuance-1', newbornSample('valid-single-birth'));
    completed = await approveAll(steps, id);
  }, 180_000);

  it('issues every approved matter with the numbers of its issuing body, right after the last approval', () => {
    expect(completed.status).toBe('completed');
    const numbers = Object.fromEntries(completed.results.map((r) => [r.matterId, r.certificate.number]));
    // the number the hospital recorded at 签发; the 户号 of the household register the child joins
    expect(numbers['birth-medical-certificate']).toBe(RESULT_VALUES['child.birthCertificateNumber']);
    expect(numbers['birth-household-registration']).toBe((newbornSample('valid-single-birth').data['household'] as { registerNumber: string }).registerNumber);
    expect(numbers['social-security-card']).toMatch(/^[A-Z]\d{8}$/);
    expect(numbers['medical-insurance-enrolment']).toMatch(/^医保登〔\d{4}〕\d{6}号$/);
    // Nothing in the format the runtime used to invent (date-MATTER-uuid).
    for (const number of Object.values(numbers)) expect(number).not.toMatch(/^\d{8}-[A-Z-]+-[0-9A-F]{8}$/);
    expect(completed.results.find((r) => r.matterId === 'birth-household-registration')?.certificate.issuer).toBe('公安局');
  });

  it('lets the applicant download each e-licence, whose content names its number and holder', async () => {
    const result = completed.results.find((r) => r.matterId === 'birth-medical-certificate');
    expect(result?.licenceUrl).toBe(`/api/applications/${completed.id}/results/birth-medical-certificate/licence`);
    const response = await fetch(`${server.url}${result?.licenceUrl ?? ''}`, { headers: { authorization: `Bearer ${await steps.citizen()}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = licencePdfText(pdf);
    expect(text[0]).toBe('出生医学证明');
    expect(text).toContain(`证照编号：${result?.certificate.number ?? ''}`);
    expect(text).toContain('持证人：李沐辰');
  });

  it('puts the 公民身份号码 the police recorded on the social security card the child receives', async () => {
    const result = completed.results.find((r) => r.matterId === 'social-security-card');
    const response = await fetch(`${server.url}${result?.licenceUrl ?? ''}`, { headers: { authorization: `Bearer ${await steps.citizen()}` } });
    expect(response.status).toBe(200);
    const text = licencePdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain(`公民身份号码：${String(RESULT_VALUES['child.idNumber'])}`);
    expect(text.some((line) => line.includes('child.'))).toBe(false); // named, never by key
  });

  it('refuses the download to anyone else, with stable codes', async () => {
    const url = `/api/applications/${completed.id}/results/birth-medical-certificate/licence`;
    const other = await api.get<{ code: string }>(url, await api.login('citizen', 'someone-else'));
    expect([other.status, other.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    const officer = await api.get<{ code: string }>(url, await steps.officer('health'));
    expect([officer.status, officer.body.code]).toEqual([403, 'FORBIDDEN']);
    const none = await api.get<{ code: string }>(`/api/applications/${completed.id}/results/no-such-matter/licence`, await steps.citizen());
    expect([none.status, none.body.code]).toEqual([404, 'LICENCE_NOT_FOUND']);
  });

  it('shows the numbers to the officer and in the electronic archive', async () => {
    const officerView = await api.get<ApplicationView>(`/api/applications/${completed.id}`, await steps.officer('police'));
    const police = officerView.body.results.find((r) => r.matterId === 'birth-household-registration');
    expect(police?.certificate.number).toBe(completed.results.find((r) => r.matterId === 'birth-household-registration')?.certificate.number);
    expect(police?.licenceUrl).toBeUndefined();
    const archive = await fetch(`${server.url}/api/applications/${completed.id}/archive`, { headers: { authorization: `Bearer ${await steps.citizen()}` } });
    expect(archive.status).toBe(200);
    const results = JSON.parse(Buffer.from(unzipSync(new Uint8Array(await archive.arrayBuffer()))['results.json'] ?? new Uint8Array()).toString('utf8')) as ApplicationView['results'];
    expect(results.map((r) => r.certificate.number).sort()).toEqual(completed.results.map((r) => r.certificate.number).sort());
  });
});

describe('an issuing system that is down, then back', () => {
  it('keeps the application issuing (正在出证), then issues it when the system answers; a retried request gets the same numbers', async () => {
    const port = await freePort();
    const server = await serverIssuingAt(port);
    const api = client(server.url);
    const steps = newbornSteps(api, 'citizen-issuing-down');
    const id = await steps.submit('issuing-down-1', newbornSample('valid-single-birth'));
    const waiting = await approveAll(steps, id);
    expect(waiting.status).toBe('issuing');
    expect(waiting.results).toEqual([]);
    expect(waiting.matters.every((m) => m.status === 'approved' || m.status === 'cancelled' || m.status === 'rejected')).toBe(true);

    const keys: string[] = [];
    const up = await provider(port, (key) => keys.push(key));
    // The retry is due after the backoff (10 s doubling, with jitter): an hour later it has been sent.
    const moved = await api.post<{ resultsIssued: number }>('/api/test/clock', { advanceMs: 3_600_000 });
    expect(moved.status).toBe(200);
    expect(moved.body.resultsIssued).toBe(1);
    const issued = await steps.read(id);
    expect(issued.status).toBe('completed');
    expect(keys).toHaveLength(1);

    // The same request again (a retry after a lost answer) gets the same numbers.
    const database = server.database();
    try {
      const request = (await database('issuance_requests').where({ application_id: id }).first()) as { idempotency_key: string; status: string };
      expect(request.status).toBe('issued');
      const again = await fetch(up.issueUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.idempotency_key },
        body: JSON.stringify({ results: issued.results.map((r) => ({ matterId: r.matterId, matterName: r.matterId, kind: r.certificate.type, department: { id: 'x', name: 'x' }, electronic: false })) }),
      });
      const answer = (await again.json()) as IssueAnswer;
      expect(answer.results.map((r) => [r.matterId, r.number])).toEqual(issued.results.map((r) => [r.matterId, r.certificate.number]));
    } finally {
      await database.destroy();
    }
    expect(issuedEvents((await steps.read(id)).timeline)).toBe(1);

    // An e-licence is named by its row: orphan collection, two days later (past its grace), leaves it.
    const later = await api.post<{ orphanFilesRemoved: number }>('/api/test/clock', { advanceMs: 48 * 3_600_000 });
    expect(later.status).toBe(200);
    expect(later.body.orphanFilesRemoved).toBe(0);
    const licenceUrl = issued.results.find((r) => r.licenceUrl)?.licenceUrl;
    expect(licenceUrl).toBeDefined();
    const download = await fetch(`${server.url}${licenceUrl ?? ''}`, { headers: { authorization: `Bearer ${await steps.citizen()}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});

describe('a server killed between the issuing system’s answer and recording it', () => {
  it('sends the same request again after the restart and issues once, with the numbers first answered', async () => {
    const port = await freePort();
    let server = await serverIssuingAt(port);
    const answers: [string, IssueAnswer][] = [];
    let kill = false;
    await provider(port, (key, answer) => {
      answers.push([key, answer]);
      // Killed as the answer is about to be sent: the server never records it.
      if (kill) server.process.kill('SIGKILL');
    });
    const api = client(server.url);
    const steps = newbornSteps(api, 'citizen-issuing-crash');
    const id = await steps.submit('issuing-crash-1', newbornSample('valid-single-birth'));
    const view = await steps.read(id);
    const pending = view.matters.filter((m) => m.status === 'pending');
    // Everything but the last approval, then the last one with the kill armed.
    let current = view;
    while (current.matters.filter((m) => m.status === 'pending' || m.status === 'waiting').length > 1) {
      const next = current.matters.find((m) => m.status === 'pending');
      if (!next) break;
      current = await steps.decide(id, next.matterId, 'approve');
    }
    expect(pending.length).toBeGreaterThan(0);
    const last = current.matters.find((m) => m.status === 'pending');
    expect(last).toBeDefined();
    kill = true;
    const officerToken = await steps.officer(last?.department ?? '');
    await fetch(`${server.url}/api/tasks/${last?.taskId ?? ''}/decision`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officerToken}` },
      body: JSON.stringify({ decision: 'approve' }),
    }).catch(() => undefined);
    expect(await server.stop()).toBe(null);
    kill = false;
    expect(answers).toHaveLength(1);

    server = await serverIssuingAt(port, server.dataDir);
    const restarted = client(server.url);
    const again = newbornSteps(restarted, 'citizen-issuing-crash');
    expect((await again.read(id)).status).toBe('issuing');
    // The killed attempt's lease (the timeout and a minute) passes: the request is sent again.
    await restarted.post('/api/test/clock', { advanceMs: 3_600_000 });
    const issued = await again.read(id);
    expect(issued.status).toBe('completed');
    expect(answers).toHaveLength(2);
    expect(answers[1]?.[0]).toBe(answers[0]?.[0]);
    const first = answers[0]?.[1].results.map((r) => [r.matterId, r.number]);
    expect(issued.results.map((r) => [r.matterId, r.certificate.number])).toEqual(first);
    expect(issuedEvents(issued.timeline)).toBe(1);
  }, 240_000);
});
