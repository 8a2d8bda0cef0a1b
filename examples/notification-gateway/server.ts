// A DEMO SMS and e-mail gateway (短信平台 / 邮件网关) for trying OneGo's notification channels: a stand-in for
// the region's SMS platform and mail relay, NOT a real one — it sends nothing. It records every message it
// is asked to send, in memory, and shows them to whoever asks (tests read them back). There is no mail
// server behind it: no SMTP, no delivery; e-mail is recorded exactly like SMS. Never expose it beyond
// loopback.
//
// node:http on 127.0.0.1;
//   GET  /health    {"status":"ok","recorded":<messages recorded>}
//   POST /sms       Idempotency-Key: <delivery id>   {id, to, template, language, params, text}
//   POST /email     Idempotency-Key: <delivery id>   {id, to, template, language, params, subject, text}
//                →  {messageId, recordedAt}   (the same answer again for a key already recorded)
//   GET  /messages  {messages: [{messageId, channel, to, template, language, params, text, subject?, recordedAt}]}
//   DELETE /messages  forgets them (204)
// With NOTIFICATION_GATEWAY_TOKEN set, the POST routes need `Authorization: Bearer <token>`.
//
//   npx tsx examples/notification-gateway/server.ts   (NOTIFICATION_GATEWAY_HOST default 127.0.0.1, NOTIFICATION_GATEWAY_PORT default 3950)
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface NotificationGatewayOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
}

export interface RecordedMessage {
  messageId: string;
  channel: 'sms' | 'email';
  to: string;
  template: string;
  language: string;
  params: Record<string, string>;
  text: string;
  subject?: string;
  recordedAt: string;
}

export interface NotificationGateway {
  url: string;
  /** The endpoints OneGo's ONEGO_SMS_URL and ONEGO_EMAIL_URL point at. */
  smsUrl: string;
  emailUrl: string;
  /** What was recorded so far, oldest first (the same as GET /messages). */
  messages(): RecordedMessage[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
/** An SMS of more than this many characters is refused (a long SMS is sent as up to 5 parts of 67). */
const MAX_SMS_CHARACTERS = 335;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(error);
  }
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'the request body is too large');
    chunks.push(chunk);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new RequestError(400, 'the request body must be a JSON object');
}

const text = (body: Record<string, unknown>, key: string, max: number): string => {
  const value = body[key];
  if (typeof value !== 'string' || value.length === 0 || value.length > max) throw new RequestError(400, `"${key}" must be text of 1 to ${max} characters`);
  return value;
};

function messageOf(channel: 'sms' | 'email', body: Record<string, unknown>): Omit<RecordedMessage, 'messageId' | 'recordedAt'> {
  const to = text(body, 'to', 254);
  if (channel === 'sms' && !/^1\d{10}$/.test(to)) throw new RequestError(400, '"to" must be a mainland mobile number of 11 digits');
  if (channel === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) throw new RequestError(400, '"to" must be an e-mail address');
  const params = typeof body['params'] === 'object' && body['params'] !== null ? (body['params'] as Record<string, unknown>) : {};
  return {
    channel,
    to,
    template: text(body, 'template', 100),
    language: text(body, 'language', 10),
    params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])),
    text: text(body, 'text', channel === 'sms' ? MAX_SMS_CHARACTERS : 10_000),
    ...(channel === 'email' ? { subject: text(body, 'subject', 200) } : {}),
  };
}

export async function startNotificationGateway(options: NotificationGatewayOptions = {}): Promise<NotificationGateway> {
  const host = options.host ?? '127.0.0.1';
  const recorded: RecordedMessage[] = [];
  /** Idempotency key → the message recorded for it: a retried request is recorded once. */
  const byKey = new Map<string, RecordedMessage>();
  let base = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method ?? ''} ${new URL(request.url ?? '/', base).pathname}`;
    if (route === 'GET /health') return send(response, 200, { status: 'ok', recorded: recorded.length });
    if (route === 'GET /messages') return send(response, 200, { messages: recorded });
    if (route === 'DELETE /messages') {
      recorded.length = 0;
      byKey.clear();
      return send(response, 204);
    }
    const channel = route === 'POST /sms' ? 'sms' : route === 'POST /email' ? 'email' : undefined;
    if (!channel) throw new RequestError(404, `no route ${route}`);
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) throw new RequestError(401, 'a valid bearer token is required');
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) throw new RequestError(400, 'an Idempotency-Key header of 8 to 200 characters is required');
    const message = messageOf(channel, await jsonBody(request));
    let entry = byKey.get(key);
    if (!entry) {
      entry = { messageId: randomUUID(), ...message, recordedAt: new Date().toISOString() };
      byKey.set(key, entry);
      recorded.push(entry);
    }
    send(response, 200, { messageId: entry.messageId, recordedAt: entry.recordedAt });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof RequestError) send(response, error.status, { error: error.status === 404 ? 'not_found' : error.status === 401 ? 'unauthorized' : 'invalid_request', error_description: error.error });
      else send(response, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    smsUrl: `${base}/sms`,
    emailUrl: `${base}/email`,
    messages: () => [...recorded],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const token = process.env['NOTIFICATION_GATEWAY_TOKEN'];
  const gateway = await startNotificationGateway({
    host: process.env['NOTIFICATION_GATEWAY_HOST'] ?? '127.0.0.1',
    port: Number(process.env['NOTIFICATION_GATEWAY_PORT'] ?? 3950),
    ...(token ? { token } : {}),
  });
  process.stdout.write(
    [
      `Example SMS and e-mail gateway (records messages, sends nothing; not for production) is running at ${gateway.url}`,
      `  OneGo:   ONEGO_SMS_URL=${gateway.smsUrl} ONEGO_EMAIL_URL=${gateway.emailUrl}${token ? ' ONEGO_CHANNEL_TOKEN=…' : ''} npm start`,
      `  Recorded messages: curl ${gateway.url}/messages`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
