// A DEMO data provider for trying OneGo's prefill and waived materials (秒报 / 免提交): a stand-in for the
// region's data-sharing platform (数据共享交换平台 / 电子证照库), NOT a real one — it answers from the sample
// records in records.ts to anyone who asks. Never expose it beyond loopback.
//
// node:http on 127.0.0.1;
//   GET  /health   {"status":"ok","applicants":<count>}
//   POST /resolve  {applicant: {subject, idNumber?}, elements: [elementId], eLicences: [type]}
//               →  {values: {elementId: {value, source, retrievedAt}}, eLicences: [{type, number, source, retrievedAt}]}
// The applicant is looked up by resident ID number when given, else by sign-in subject; an unknown
// applicant gets empty values (nothing on record is not an error). Only what was asked for is answered.
// With DATA_PROVIDER_TOKEN set, requests need `Authorization: Bearer <token>`.
//
//   npx tsx examples/data-provider/server.ts   (DATA_PROVIDER_HOST default 127.0.0.1, DATA_PROVIDER_PORT default 3800)
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLE_RECORDS, type ApplicantRecord, type ExampleRecords, type SharedScalar } from './records.ts';

export interface DataProviderOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** When set, every request but /health needs this bearer token. */
  token?: string;
  records?: ExampleRecords;
  /** The time stamped as retrievedAt (default: the system clock). */
  now?: () => Date;
}

export interface DataProvider {
  /** Its base URL. */
  url: string;
  /** The endpoint OneGo's ONEGO_DATA_SOURCE_URL points at. */
  resolveUrl: string;
  close(): Promise<void>;
}

interface ResolveRequest {
  applicant: { subject: string; idNumber?: string };
  elements: string[];
  eLicences: string[];
}

const MAX_BODY_BYTES = 64 * 1024;
const MAX_ITEMS = 500;

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
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'the request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RequestError(400, 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}

const strings = (value: unknown, name: string): string[] => {
  if (!Array.isArray(value) || value.length > MAX_ITEMS || value.some((v) => typeof v !== 'string')) throw new RequestError(400, `"${name}" must be a list of strings`);
  return value as string[];
};

function resolveRequest(body: Record<string, unknown>): ResolveRequest {
  const applicant = body['applicant'];
  if (typeof applicant !== 'object' || applicant === null) throw new RequestError(400, '"applicant" must be an object');
  const { subject, idNumber } = applicant as Record<string, unknown>;
  if (typeof subject !== 'string' || subject.length === 0) throw new RequestError(400, '"applicant.subject" must be a non-empty string');
  if (idNumber !== undefined && typeof idNumber !== 'string') throw new RequestError(400, '"applicant.idNumber" must be a string');
  return {
    applicant: { subject, ...(idNumber ? { idNumber } : {}) },
    elements: strings(body['elements'] ?? [], 'elements'),
    eLicences: strings(body['eLicences'] ?? [], 'eLicences'),
  };
}

/** By resident ID number when the applicant has one, else by sign-in subject. */
function recordOf(records: ExampleRecords, applicant: ResolveRequest['applicant']): ApplicantRecord | undefined {
  const idNumber = applicant.idNumber?.toUpperCase();
  if (idNumber) return records.applicants.find((r) => r.idNumber === idNumber);
  return records.applicants.find((r) => r.subjects.includes(applicant.subject));
}

function answer(record: ApplicantRecord | undefined, request: ResolveRequest, retrievedAt: string) {
  const values: Record<string, { value: SharedScalar; source: string; retrievedAt: string }> = {};
  const eLicences: { type: string; number: string; source: string; retrievedAt: string }[] = [];
  if (!record) return { values, eLicences };
  for (const [source, elements] of Object.entries(record.values)) {
    for (const [element, value] of Object.entries(elements)) {
      if (request.elements.includes(element) && !(element in values)) values[element] = { value, source, retrievedAt };
    }
  }
  for (const licence of record.eLicences) if (request.eLicences.includes(licence.type)) eLicences.push({ ...licence, retrievedAt });
  return { values, eLicences };
}

export async function startDataProvider(options: DataProviderOptions = {}): Promise<DataProvider> {
  const host = options.host ?? '127.0.0.1';
  const records = options.records ?? EXAMPLE_RECORDS;
  const now = options.now ?? (() => new Date());
  let base = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const route = `${request.method ?? ''} ${new URL(request.url ?? '/', base).pathname}`;
    if (route === 'GET /health') {
      send(response, 200, { status: 'ok', applicants: records.applicants.length });
      return;
    }
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) throw new RequestError(401, 'a valid bearer token is required');
    if (route !== 'POST /resolve') throw new RequestError(404, `no route ${route}`);
    const resolve = resolveRequest(await jsonBody(request));
    send(response, 200, answer(recordOf(records, resolve.applicant), resolve, now().toISOString()));
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
    resolveUrl: `${base}/resolve`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const token = process.env['DATA_PROVIDER_TOKEN'];
  const provider = await startDataProvider({
    host: process.env['DATA_PROVIDER_HOST'] ?? '127.0.0.1',
    port: Number(process.env['DATA_PROVIDER_PORT'] ?? 3800),
    ...(token ? { token } : {}),
  });
  process.stdout.write(
    [
      `Example data provider (a stand-in for the data-sharing platform 数据共享交换平台, not for production) is running at ${provider.url}`,
      `  resolve: ${provider.resolveUrl}   (${EXAMPLE_RECORDS.applicants.length} sample applicants, e.g. subject li-mingxuan)`,
      `  OneGo:   ONEGO_DATA_SOURCE_URL=${provider.resolveUrl}${token ? ' ONEGO_DATA_SOURCE_TOKEN=…' : ''} npm start`,
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
