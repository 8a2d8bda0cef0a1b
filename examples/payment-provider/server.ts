// A DEMO payment platform (政府非税收入统一支付平台 stand-in) for trying OneGo's payment of fees (收费): NOT a
// real one — nobody's money moves; "paying" is pressing a button on its page. Never expose it beyond loopback.
//
// node:http on 127.0.0.1;
//   GET  /health                {"status":"ok","orders":n}
//   POST /orders                Idempotency-Key: <key>
//                               {idempotencyKey, application: {id, bundleName, applicant}, matter: {id, name, department}, amountFen, amount, basis?, returnUrl?}
//                            →  {orderNumber, paymentCode, payUrl}        (the same order again for the same key)
//   GET  /orders/<orderNumber>  → {orderNumber, status: "unpaid" | "paid" | "refunded", amountFen, paidAt?, refundedAt?}
//   GET  /pay/<orderNumber>     the payment page the applicant is sent to (缴费): the amount, the payment code
//                               (缴款码), what it is for, and a button that pays it (POST, then back to the page)
//   POST /refunds               Idempotency-Key: <key>  {idempotencyKey, orderNumber, amountFen, reason}
//                            →  {refundNumber, refundedAt}               (the same refund again for the same key)
// Order numbers and payment codes are derived from the idempotency key. Orders live in memory.
// With PAYMENT_PROVIDER_TOKEN set, the API (not the page) needs `Authorization: Bearer <token>`.
// With a callback address (PAYMENT_PROVIDER_CALLBACK_URL, or notifyTo()), an order paid is notified there
// (支付结果通知): POST {orderNumber, status: "paid"} with the same bearer token; OneGo checks the order
// with GET /orders/<orderNumber> before it counts. A failed notice is not retried: OneGo polls as well.
//
//   npx tsx examples/payment-provider/server.ts   (PAYMENT_PROVIDER_HOST default 127.0.0.1, PAYMENT_PROVIDER_PORT default 3950)
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PaymentProviderOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
  /** Where an order paid is notified (OneGo's POST /api/payments/notifications). */
  callbackUrl?: string;
  now?: () => Date;
}

/** A notice sent to the callback address, and how it was answered (a status, or the failure). */
export interface SentNotice {
  orderNumber: string;
  answer: number | string;
}

/** An order as the platform keeps it. */
export interface ExampleOrder {
  orderNumber: string;
  paymentCode: string;
  amountFen: number;
  matterName: string;
  bundleName: string;
  basis?: string;
  returnUrl?: string;
  status: 'unpaid' | 'paid' | 'refunded';
  paidAt?: string;
  refundedAt?: string;
  /** How many times it was paid and refunded (a demo platform counts: tests check "once"). */
  payments: number;
  refunds: number;
}

export interface PaymentProvider {
  url: string;
  /** What OneGo's ONEGO_PAYMENT_URL points at. */
  apiUrl: string;
  orders(): ExampleOrder[];
  /** Pays an order as the page's button does (and notifies the callback address, if any). */
  pay(orderNumber: string): void;
  /** Sets where an order paid is notified (when the address is known only after this platform started). */
  notifyTo(callbackUrl: string): void;
  /** The notices sent, once each is answered. */
  notices(): SentNotice[];
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(error);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
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

/** Digits derived from a key: the same key, the same digits. */
const digits = (key: string, salt: string, count: number): string =>
  [...createHash('sha256').update(`${salt}:${key}`).digest()].map((byte) => String(byte % 10)).join('').slice(0, count);

const yuan = (fen: number): string => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function payPage(order: ExampleOrder): string {
  const rows = [
    ['缴费项目', `${order.matterName}（${order.bundleName}）`],
    ['金额', `¥${yuan(order.amountFen)}`],
    ['缴款码', order.paymentCode],
    ['缴款单号', order.orderNumber],
    ...(order.basis ? [['收费依据', order.basis]] : []),
    ['状态', order.status === 'unpaid' ? '待缴费' : order.status === 'paid' ? '已缴费' : '已退款'],
  ];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>缴费 · 示例支付平台</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}dt{font-weight:600;margin-top:.5rem}dd{margin:0}button{font-size:1.1rem;padding:.6rem 1.4rem;margin-top:1rem;background:#0b57d0;color:#fff;border:0;border-radius:.3rem}p.note{color:#555}</style></head>
<body><main><h1>缴费（示例支付平台）</h1><p class="note">这是演示用的支付平台，不会真的扣款。</p>
<dl>${rows.map(([name, value]) => `<dt>${escapeHtml(name ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`).join('')}</dl>
${order.status === 'unpaid' ? `<form method="post" action="/pay/${encodeURIComponent(order.orderNumber)}"><button type="submit">确认缴费 ¥${yuan(order.amountFen)}</button></form>` : '<p role="status">缴费成功。</p>'}
${order.returnUrl ? `<p><a href="${escapeHtml(order.returnUrl)}">返回办事页面</a></p>` : ''}
</main></body></html>`;
}

export async function startPaymentProvider(options: PaymentProviderOptions = {}): Promise<PaymentProvider> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const byKey = new Map<string, ExampleOrder>();
  const byNumber = new Map<string, ExampleOrder>();
  const refunds = new Map<string, { refundNumber: string; refundedAt: string }>();
  let base = '';
  let callbackUrl = options.callbackUrl;
  const sent: SentNotice[] = [];

  /** 支付结果通知: tells the callback address that the order was paid; it asks the order's state itself. */
  const notify = (order: ExampleOrder): void => {
    if (!callbackUrl) return;
    fetch(callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ orderNumber: order.orderNumber, status: order.status }),
      signal: AbortSignal.timeout(10_000),
    }).then(
      async (response) => {
        await response.body?.cancel();
        sent.push({ orderNumber: order.orderNumber, answer: response.status });
      },
      (error: unknown) => sent.push({ orderNumber: order.orderNumber, answer: error instanceof Error ? error.message : String(error) }),
    );
  };

  const orderOf = (orderNumber: string): ExampleOrder => {
    const order = byNumber.get(orderNumber);
    if (!order) throw new RequestError(404, `no order ${orderNumber}`);
    return order;
  };
  const pay = (orderNumber: string): void => {
    const order = orderOf(orderNumber);
    if (order.status !== 'unpaid') return;
    order.status = 'paid';
    order.paidAt = now().toISOString();
    order.payments++;
    notify(order);
  };
  const keyOf = (request: IncomingMessage): string => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) throw new RequestError(400, 'an Idempotency-Key header of 8 to 200 characters is required');
    return key;
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = new URL(request.url ?? '/', base).pathname;
    const route = `${request.method ?? ''} ${pathname}`;
    if (route === 'GET /health') return send(response, 200, { status: 'ok', orders: byKey.size });
    const page = /^\/pay\/([A-Za-z0-9-]{1,100})$/.exec(pathname);
    if (page) {
      if (request.method === 'POST') {
        pay(page[1] as string);
        response.writeHead(303, { location: pathname });
        response.end();
        return;
      }
      if (request.method !== 'GET') throw new RequestError(405, 'GET or POST');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(payPage(orderOf(page[1] as string)));
      return;
    }
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) throw new RequestError(401, 'a valid bearer token is required');
    if (route === 'POST /orders') {
      const key = keyOf(request);
      const body = await jsonBody(request);
      const amountFen = body['amountFen'];
      if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen <= 0) throw new RequestError(400, '"amountFen" must be a whole number of fen above nought');
      let order = byKey.get(key);
      if (!order) {
        const matter = (body['matter'] ?? {}) as Record<string, unknown>;
        const application = (body['application'] ?? {}) as Record<string, unknown>;
        order = {
          orderNumber: `FS${digits(key, 'order', 18)}`,
          paymentCode: digits(key, 'code', 20),
          amountFen,
          matterName: textOf(matter['name']),
          bundleName: textOf(application['bundleName']),
          ...(typeof body['basis'] === 'string' ? { basis: body['basis'] } : {}),
          ...(typeof body['returnUrl'] === 'string' && /^https?:\/\//.test(body['returnUrl']) ? { returnUrl: body['returnUrl'] } : {}),
          status: 'unpaid',
          payments: 0,
          refunds: 0,
        };
        byKey.set(key, order);
        byNumber.set(order.orderNumber, order);
      }
      return send(response, 200, { orderNumber: order.orderNumber, paymentCode: order.paymentCode, payUrl: `${base}/pay/${order.orderNumber}` });
    }
    const state = /^\/orders\/([A-Za-z0-9-]{1,100})$/.exec(pathname);
    if (state && request.method === 'GET') {
      const order = orderOf(state[1] as string);
      return send(response, 200, {
        orderNumber: order.orderNumber,
        status: order.status,
        amountFen: order.amountFen,
        ...(order.paidAt ? { paidAt: order.paidAt } : {}),
        ...(order.refundedAt ? { refundedAt: order.refundedAt } : {}),
      });
    }
    if (route === 'POST /refunds') {
      const key = keyOf(request);
      const body = await jsonBody(request);
      const done = refunds.get(key);
      if (done) return send(response, 200, done);
      const order = orderOf(textOf(body['orderNumber']));
      if (order.status !== 'paid') throw new RequestError(409, `order ${order.orderNumber} is ${order.status}, not paid`);
      if (body['amountFen'] !== order.amountFen) throw new RequestError(400, 'a refund is of the whole amount paid');
      order.status = 'refunded';
      order.refundedAt = now().toISOString();
      order.refunds++;
      const refund = { refundNumber: `TK${digits(key, 'refund', 18)}`, refundedAt: order.refundedAt };
      refunds.set(key, refund);
      return send(response, 200, refund);
    }
    throw new RequestError(404, `no route ${route}`);
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
    apiUrl: base,
    orders: () => [...byKey.values()].map((order) => ({ ...order })),
    pay,
    notifyTo: (url) => {
      callbackUrl = url;
    },
    notices: () => sent.map((notice) => ({ ...notice })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const token = process.env['PAYMENT_PROVIDER_TOKEN'];
  const callbackUrl = process.env['PAYMENT_PROVIDER_CALLBACK_URL'];
  const provider = await startPaymentProvider({
    host: process.env['PAYMENT_PROVIDER_HOST'] ?? '127.0.0.1',
    port: Number(process.env['PAYMENT_PROVIDER_PORT'] ?? 3950),
    ...(token ? { token } : {}),
    ...(callbackUrl ? { callbackUrl } : {}),
  });
  process.stdout.write(
    [
      `Example payment platform (a stand-in for the non-tax payment platform, not for production) is running at ${provider.url}`,
      `  OneGo:   ONEGO_PAYMENT_URL=${provider.apiUrl}${token ? ' ONEGO_PAYMENT_TOKEN=…' : ''} ONEGO_OUTBOUND_ALLOW=127.0.0.1 npm start`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    provider.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
