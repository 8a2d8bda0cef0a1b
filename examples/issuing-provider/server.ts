// A DEMO issuing system (制证 / 电子证照签发系统) for trying OneGo's unified issuance (统一发证): a stand-in for
// the departments' issuing systems, NOT a real one — it issues to anyone who asks. Never expose it
// beyond loopback.
//
// node:http on 127.0.0.1;
//   GET  /health  {"status":"ok","issued":<requests answered>}
//   POST /issue   Idempotency-Key: <key>
//                 {idempotencyKey, application: {id, bundleId, bundleName, applicant}, data,
//                  results: [{matterId, matterName, department: {id, name}, kind, resultName?, eLicence?, electronic, fields}]}
//              →  {results: [{matterId, number, issuedAt, issuer, licence?: {fileName, mediaType, content}}]}
// A number the officers recorded is the certificate's (the 出生医学证明编号 of the hospital's 签发 step); the
// household register keeps its 户号; other numbers follow each issuing body's format (certificateNumbers.ts)
// and are derived from the idempotency key: a retried request gets the same numbers, even after a restart. A result delivered electronically
// comes with its e-licence (电子证照) as a small PDF of its face data (licencePdf.ts), base64 in `content`.
// With ISSUING_PROVIDER_TOKEN set, requests need `Authorization: Bearer <token>`.
//
//   npx tsx examples/issuing-provider/server.ts   (ISSUING_PROVIDER_HOST default 127.0.0.1, ISSUING_PROVIDER_PORT default 3900)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { certificateNumber } from './certificateNumbers.ts';
import { licencePdf } from './licencePdf.ts';

export interface IssuingProviderOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
  /** The time stamped as issuedAt (default: the system clock). */
  now?: () => Date;
  /** Called with each request answered (for tests: how many requests, with which keys). */
  onIssued?: (key: string, answer: IssueAnswer) => void;
}

export interface IssuingProvider {
  url: string;
  /** The endpoint OneGo's ONEGO_ISSUING_URL points at. */
  issueUrl: string;
  close(): Promise<void>;
}

interface ResultRequest {
  matterId: string;
  matterName: string;
  department: { id: string; name: string };
  kind: string;
  resultName?: string;
  eLicence?: string;
  electronic: boolean;
  fields: Record<string, unknown>;
}

export interface IssueAnswer {
  results: { matterId: string; number: string; issuedAt: string; issuer: string; licence?: { fileName: string; mediaType: string; content: string } }[];
}

const MAX_BODY_BYTES = 1024 * 1024;

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

function resultsOf(body: Record<string, unknown>): ResultRequest[] {
  const results = body['results'];
  if (!Array.isArray(results) || results.length === 0 || results.length > 100) throw new RequestError(400, '"results" must be a list of 1 to 100 results');
  for (const r of results as Record<string, unknown>[]) {
    if (typeof r['matterId'] !== 'string' || typeof r['matterName'] !== 'string' || typeof r['kind'] !== 'string' || typeof r['department'] !== 'object') {
      throw new RequestError(400, 'each result needs matterId, matterName, kind and department');
    }
  }
  return results as ResultRequest[];
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
/** A field of a group of the data, or of each entry of a repeated group (twins: 李沐辰、李沐阳). */
const at = (data: Record<string, unknown>, group: string, field: string): string =>
  ([] as unknown[])
    .concat(data[group] ?? [])
    .map((entry) => text((entry as Record<string, unknown> | null)?.[field]))
    .filter((value) => value !== '')
    .join('、');

/** The names on a licence of the result fields the newborn example's officers record. */
const FIELD_NAMES: Readonly<Record<string, string>> = { 'child.birthCertificateNumber': '出生医学证明编号' };

/**
 * Whose certificate it is: the child of a newborn application (with the 公民身份号码 the police recorded,
 * when the result carries it), else the applicant.
 */
function holderOf(data: Record<string, unknown>, fields: Record<string, unknown>): { name: string; idNumber: string } {
  const child = at(data, 'child', 'name');
  return child ? { name: child, idNumber: text(fields['child.idNumber']) || at(data, 'child', 'idNumber') } : { name: at(data, 'applicant', 'name'), idNumber: at(data, 'applicant', 'idNumber') };
}

/**
 * The number of a result the officers already gave it: the 出生医学证明编号 the hospital recorded at 签发;
 * the 户号 of the household register the child joins. Otherwise this system numbers it (certificateNumbers.ts).
 */
function numberOf(key: string, result: ResultRequest, data: Record<string, unknown>, year: number): string {
  const recorded = result.eLicence === 'birth-medical-certificate' ? text(result.fields?.['child.birthCertificateNumber']) : result.eLicence === 'household-register' ? at(data, 'household', 'registerNumber') : '';
  return recorded || certificateNumber(key, result, year);
}

function issue(key: string, body: Record<string, unknown>, issuedAt: Date): IssueAnswer {
  const data = (typeof body['data'] === 'object' && body['data'] !== null ? body['data'] : {}) as Record<string, unknown>;
  return {
    results: resultsOf(body).map((result) => {
      const holder = holderOf(data, result.fields ?? {});
      const number = numberOf(key, result, data, issuedAt.getUTCFullYear());
      const issuer = `${result.department.name}`;
      const title = result.resultName ?? result.matterName;
      // What the officers recorded, by its name on the licence; the holder's ID number is on its own line already.
      const recorded = Object.entries(result.fields ?? {})
        .filter(([field]) => field !== 'child.idNumber')
        .map(([field, value]) => [FIELD_NAMES[field] ?? field, text(value)] as const);
      const lines = [
        ['证照编号', number],
        ['持证人', holder.name || '—'],
        ...(holder.idNumber ? [['公民身份号码', holder.idNumber] as const] : []),
        ['发证机关', issuer],
        ['签发日期', issuedAt.toISOString().slice(0, 10)],
        ...recorded,
        ['说明', '本电子证照由示例出证系统签发，仅供演示'],
      ] as const;
      return {
        matterId: result.matterId,
        number,
        issuedAt: issuedAt.toISOString(),
        issuer,
        ...(result.electronic ? { licence: { fileName: `${title}-${number}.pdf`, mediaType: 'application/pdf', content: licencePdf(title, lines).toString('base64') } } : {}),
      };
    }),
  };
}

export async function startIssuingProvider(options: IssuingProviderOptions = {}): Promise<IssuingProvider> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  /** The first answer to each key, given again to a retried request (issuedAt included). */
  const answered = new Map<string, IssueAnswer>();
  let base = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method ?? ''} ${new URL(request.url ?? '/', base).pathname}`;
    if (route === 'GET /health') {
      send(response, 200, { status: 'ok', issued: answered.size });
      return;
    }
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) throw new RequestError(401, 'a valid bearer token is required');
    if (route !== 'POST /issue') throw new RequestError(404, `no route ${route}`);
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 200) throw new RequestError(400, 'an Idempotency-Key header of 8 to 200 characters is required');
    const body = await jsonBody(request);
    const answer = answered.get(key) ?? issue(key, body, now());
    answered.set(key, answer);
    options.onIssued?.(key, answer);
    send(response, 200, answer);
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
    issueUrl: `${base}/issue`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const token = process.env['ISSUING_PROVIDER_TOKEN'];
  const provider = await startIssuingProvider({
    host: process.env['ISSUING_PROVIDER_HOST'] ?? '127.0.0.1',
    port: Number(process.env['ISSUING_PROVIDER_PORT'] ?? 3900),
    ...(token ? { token } : {}),
  });
  process.stdout.write(
    [
      `Example issuing system (a stand-in for the departments' issuing systems, not for production) is running at ${provider.url}`,
      `  OneGo:   ONEGO_ISSUING_URL=${provider.issueUrl}${token ? ' ONEGO_ISSUING_TOKEN=…' : ''} npm start`,
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
