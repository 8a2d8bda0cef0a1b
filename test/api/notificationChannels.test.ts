// SMS and e-mail notification channels (通知渠道): a citizen who chose them gets each notification of their
// application (submitted, returned for 补正, completed) from the example gateway too, in their language;
// a gateway that is down is tried again later and sends each message once; a citizen who chose nothing,
// or turned a channel off, gets nothing but the in-app inbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNotificationGateway, type NotificationGateway, type RecordedMessage } from '../../examples/notification-gateway/server.ts';
import { matterOf, newbornSample } from '../support/applicationViews.ts';
import { freePort } from '../support/freePort.ts';
import { newbornSteps } from '../support/newbornSteps.ts';
import { decideStep } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const servers: ServerProcess[] = [];
const gateways: NotificationGateway[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const gateway of gateways) await gateway.close();
});

async function serverSendingTo(port: number): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({ ONEGO_SMS_URL: `${base}/sms`, ONEGO_EMAIL_URL: `${base}/email`, ONEGO_OUTBOUND_ALLOW: '127.0.0.1', ONEGO_TEST_CLOCK: '1' });
  servers.push(server);
  return server;
}

async function gatewayAt(port: number): Promise<NotificationGateway> {
  const gateway = await startNotificationGateway({ port });
  gateways.push(gateway);
  return gateway;
}

interface Preferences {
  sms: boolean;
  email: boolean;
  phone: string | null;
  emailAddress: string | null;
  language: 'zh' | 'en';
  saved?: boolean;
  available?: { sms: boolean; email: boolean };
}

/** Runs what is due now: the notifications of the events written so far, then the messages they queued. */
const settle = (api: ReturnType<typeof client>) => api.post<{ channelAttempts: number }>('/api/test/clock', { advanceMs: 0 });

/** The messages to one number or address, oldest first. */
const to = (gateway: NotificationGateway, address: string): RecordedMessage[] => gateway.messages().filter((m) => m.to === address);

describe('a citizen who chose SMS and e-mail', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  let gateway: NotificationGateway;
  let steps: ReturnType<typeof newbornSteps>;
  let id: string;
  const phone = '13812345678';
  const email = 'zhang.san@example.com';

  beforeAll(async () => {
    const port = await freePort();
    gateway = await gatewayAt(port);
    server = await serverSendingTo(port);
    api = client(server.url);
    steps = newbornSteps(api, 'citizen-channels');
  }, 120_000);

  it('starts with no channel chosen, and refuses a choice without a usable number or address, saving nothing', async () => {
    const token = await steps.citizen();
    const initial = await api.get<Preferences>('/api/notification-preferences', token);
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({ sms: false, email: false, phone: null, emailAddress: null, language: 'zh', saved: false, available: { sms: true, email: true } });

    const noPhone = await api.put<{ code: string; message: string }>('/api/notification-preferences', { sms: true, email: false, phone: null, emailAddress: null, language: 'zh' }, token);
    expect([noPhone.status, noPhone.body.code]).toEqual([422, 'CONTACT_PHONE_REQUIRED']);
    expect(noPhone.body.message).toBe('选择短信通知，请填写手机号码');
    const badPhone = await api.put<{ code: string }>('/api/notification-preferences', { sms: true, email: false, phone: '1381234', emailAddress: null, language: 'zh' }, token);
    expect([badPhone.status, badPhone.body.code]).toEqual([422, 'CONTACT_PHONE_INVALID']);
    const badEmail = await api.put<{ code: string }>('/api/notification-preferences', { sms: false, email: true, phone: null, emailAddress: 'zhang at example', language: 'zh' }, token);
    expect([badEmail.status, badEmail.body.code]).toEqual([422, 'CONTACT_EMAIL_INVALID']);
    expect((await api.get<Preferences>('/api/notification-preferences', token)).body.saved).toBe(false);

    const saved = await api.put<Preferences>('/api/notification-preferences', { sms: true, email: true, phone, emailAddress: email, language: 'zh' }, token);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ sms: true, email: true, phone, emailAddress: email, saved: true });
  });

  it('sends an SMS and an e-mail when the application is submitted', async () => {
    id = await steps.submit('channels-1', newbornSample('valid-single-birth'));
    await settle(api);
    const number = id.slice(0, 8).toUpperCase();
    const sms = to(gateway, phone);
    const submitted = sms.find((m) => m.template === 'ONEGO_APPLICATION_SUBMITTED');
    expect(submitted).toMatchObject({ channel: 'sms', language: 'zh', params: { bundle: '新生儿出生一件事', no: number } });
    expect(submitted?.text).toBe(`【一网通办】您的「新生儿出生一件事」申请已提交（办件编号 ${number}），办理进度请登录一网通办查看。`);
    const mail = to(gateway, email).find((m) => m.template === 'ONEGO_APPLICATION_SUBMITTED');
    expect(mail?.channel).toBe('email');
    expect(mail?.subject).toBe('【一网通办】申请已提交：新生儿出生一件事');
    // The in-app inbox still has it.
    const inbox = await api.get<{ type: string; applicationId: string }[]>('/api/notifications', await steps.citizen());
    expect(inbox.body.some((n) => n.type === 'application_submitted' && n.applicationId === id)).toBe(true);
  });

  it('sends an SMS when a matter is returned for 补正, naming the matter', async () => {
    const certificate = matterOf(await steps.read(id), 'birth-medical-certificate');
    const back = await decideStep(api, certificate.taskId, certificate.department, { decision: 'return', fields: ['/mother/name'], comment: '请核对母亲姓名' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    await settle(api);
    const returned = to(gateway, phone).filter((m) => m.template === 'ONEGO_RETURNED_FOR_SUPPLEMENT');
    expect(returned).toHaveLength(1);
    expect(returned[0]?.text).toContain('「出生医学证明签发」需要补正');
    // Nothing personal beyond the application's number: not the officer's comment.
    expect(returned[0]?.text).not.toContain('母亲姓名');
  });

  it('sends an SMS when the application is completed (办结), each message once', async () => {
    const { data } = newbornSample('valid-single-birth');
    const supplement = await api.post(`/api/applications/${id}/supplement`, { data: { ...data, mother: { ...(data['mother'] as object), name: '王雨彤' } } }, await steps.citizen());
    expect(supplement.status, JSON.stringify(supplement.body)).toBe(200);
    await steps.complete(id);
    await settle(api);
    await settle(api);
    const completed = to(gateway, phone).filter((m) => m.template === 'ONEGO_APPLICATION_COMPLETED');
    expect(completed).toHaveLength(1);
    expect(completed[0]?.text).toContain('已办结');
    const delivered = server.database();
    try {
      const rows = await delivered('channel_deliveries').select<{ status: string; channel: string }[]>('status', 'channel');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.status === 'delivered')).toBe(true);
      // One recorded message per delivery row: nothing sent twice.
      expect(gateway.messages()).toHaveLength(rows.length);
    } finally {
      await delivered.destroy();
    }
  });

  it('sends nothing more once the citizen turned both channels off; the inbox goes on', async () => {
    const token = await steps.citizen();
    const off = await api.put<Preferences>('/api/notification-preferences', { sms: false, email: false, phone, emailAddress: email, language: 'zh' }, token);
    expect(off.status).toBe(200);
    const before = gateway.messages().length;
    const second = await steps.submit('channels-2', newbornSample('valid-single-birth'));
    await settle(api);
    expect(gateway.messages()).toHaveLength(before);
    const inbox = await api.get<{ type: string; applicationId: string }[]>('/api/notifications', token);
    expect(inbox.body.some((n) => n.type === 'application_submitted' && n.applicationId === second)).toBe(true);
  });

  it('sends in English to a citizen who chose English, and nothing to one who chose nothing', async () => {
    const english = newbornSteps(api, 'citizen-channels-en');
    await api.put('/api/notification-preferences', { sms: true, email: false, phone: '13912345678', emailAddress: null, language: 'en' }, await english.citizen());
    const silent = newbornSteps(api, 'citizen-channels-none');
    const before = gateway.messages().length;
    const englishId = await english.submit('channels-en-1', newbornSample('valid-single-birth'));
    await silent.submit('channels-none-1', newbornSample('valid-single-birth'));
    await settle(api);
    const messages = gateway.messages().slice(before);
    expect(messages.map((m) => m.to)).toEqual(expect.arrayContaining(['13912345678']));
    expect(messages.every((m) => m.to === '13912345678')).toBe(true);
    expect(messages.find((m) => m.template === 'ONEGO_APPLICATION_SUBMITTED')?.text).toBe(
      `[OneGo] Your application ${englishId.slice(0, 8).toUpperCase()} (Newborn: one thing, done in one go) was submitted. Sign in to OneGo to follow its progress.`,
    );
  });
});

describe('a gateway that is down, then back', () => {
  it('keeps the message pending, sends it once the gateway answers, and never twice', async () => {
    const port = await freePort();
    const server = await serverSendingTo(port);
    const api = client(server.url);
    const steps = newbornSteps(api, 'citizen-gateway-down');
    await api.put('/api/notification-preferences', { sms: true, email: false, phone: '13700001111', emailAddress: null, language: 'zh' }, await steps.citizen());
    await steps.submit('gateway-down-1', newbornSample('valid-single-birth'));
    const database = server.database();
    try {
      // The first attempt is made at once (by the test clock, or by the sender's own pass just before).
      await settle(api);
      const pending = await database('channel_deliveries').where({ channel: 'sms' }).select<{ status: string; attempts: number; last_error: string | null }[]>('status', 'attempts', 'last_error');
      expect(pending.length).toBeGreaterThan(0);
      for (const row of pending) {
        expect(row.status).toBe('pending');
        expect(row.attempts).toBeGreaterThanOrEqual(1);
        expect(row.last_error).toMatch(/unreachable|timeout/);
      }

      const gateway = await gatewayAt(port);
      // The retry is due after the backoff (10 s doubling, with jitter): an hour later it has been sent.
      await api.post('/api/test/clock', { advanceMs: 3_600_000 });
      await api.post('/api/test/clock', { advanceMs: 3_600_000 });
      const sent = to(gateway, '13700001111');
      expect(sent.map((m) => m.template)).toEqual(expect.arrayContaining(['ONEGO_APPLICATION_SUBMITTED']));
      const rows = (await database('channel_deliveries').where({ channel: 'sms' })) as { id: string; status: string }[];
      expect(rows.every((row) => row.status === 'delivered')).toBe(true);
      expect(sent).toHaveLength(rows.length);
    } finally {
      await database.destroy();
    }
  }, 120_000);
});
