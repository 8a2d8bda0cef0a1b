// Hostile requests for one operation of the document (fast-check arbitraries): path parameters that are
// real ids of the right kind, of another kind, or anything but ids; query values out of range or of the
// wrong type; odd headers; bodies that are a valid one mutated (wrong types, missing and extra fields,
// huge strings, deep nesting, numbers out of range), another shape, broken JSON, random bytes, the wrong
// content type or encoding, and for uploads, broken multipart; sent by every kind of caller.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { Operation, Parameter } from './apiOperations.ts';
import { CALLERS, type Caller, type Fixtures, type IdKind } from './fuzzFixtures.ts';
import { brokenJson, hostileKey, hostileNumber, hostileString, hostileValue, jsonText, nested, Raw } from './hostileValues.ts';
import { tinyPng } from '../support/uploadFiles.ts';

export interface FuzzRequest {
  caller: Caller;
  /** Which token of the caller's kind (odd claims, forged …). */
  variant: number;
  method: string;
  /** Path and query, percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  /** What the body is, for the report. */
  bodyKind: string;
  /** The department of the resource the path names (an officer of it may act on it). */
  department: string;
}

/** Every byte outside the unreserved set percent-encoded (a lone surrogate becomes U+FFFD, as UTF-8 must). */
function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Path segments written as they are: broken escapes, encoded slashes and dots, reserved characters. */
const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%FF%FE', '%C0%AE%C0%AE', '%00', '%2F', 'a%2Fb', '%2e%2e', '..%2F..%2Fetc', '%25', ';x=1', '*', '~', "'", '(', '!', '$', '&', '+', ',', '=', '@', ':', 'a:b', '%20', '%u0041', '%%', '0', '-1', '1e309'];

/** The kind of id a path parameter takes, from its name and the segment before it. */
function idKindOf(path: string, name: string): IdKind | undefined {
  if (name === 'materialId') return 'material';
  if (name === 'uploadId') return path.includes('application-drafts') ? 'draftUpload' : 'upload';
  if (name === 'department' || name === 'region' || name === 'year') return name;
  const segments = path.split('/');
  const before = segments[segments.indexOf(`{${name}}`) - 1];
  const kinds: Record<string, IdKind> = {
    applications: 'application',
    tasks: 'task',
    'application-drafts': 'draft',
    bundles: 'bundle',
    rectifications: 'rectification',
    notifications: 'notification',
    deliveries: 'delivery',
  };
  return before ? kinds[before] : undefined;
}

const headerSafe: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0xa1, max: 0xff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 }),
  fc.constantFrom('x'.repeat(1_000), '*', '""', '"a", "b"', 'W/"x"', '-1', '0', '1e309', '99999999999999999999', 'null', '<script>', '../../x'),
);

const short = hostileString.map((s) => s.slice(0, 400));

function queryValue(parameter: Parameter): fc.Arbitrary<string> {
  const schema = parameter.schema;
  const valid: string[] = [
    ...((schema['enum'] as unknown[] | undefined) ?? []).map(String),
    ...(typeof schema['minimum'] === 'number' ? [String(schema['minimum']), String(schema['minimum'] - 1)] : []),
    ...(typeof schema['maximum'] === 'number' ? [String(schema['maximum']), String(schema['maximum'] + 1)] : []),
    ...(Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]).map(String) : []),
  ];
  return fc.oneof(
    ...(valid.length > 0 ? [fc.constantFrom(...valid)] : []),
    fc.constantFrom('', '0', '-1', '1.5', '1e309', 'NaN', 'Infinity', ' 1', '0x10', '1000001', '99999999999999999999', 'true', '[]', '2026-02-30', '2026-13-01T00:00:00Z', 'yesterday'),
    short,
  );
}

/** `path` with each {parameter} replaced: a fixture id (mostly of its kind), or anything. */
function pathArbitrary(op: Operation, fixtures: Fixtures): fc.Arbitrary<{ path: string; department: string }> {
  const names = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const everyId = Object.values(fixtures.ids).flat();
  const values = names.map((name) => {
    const kind = idKindOf(op.path, name);
    const own = kind ? fixtures.ids[kind] : [];
    return fc.oneof(
      ...(own.length > 0 ? [{ weight: 8, arbitrary: fc.constantFrom(...own).map((id) => ({ id, text: percentEncode(id) })) }] : []),
      { weight: 1, arbitrary: fc.constantFrom(...everyId).map((id) => ({ id, text: percentEncode(id) })) },
      { weight: 3, arbitrary: short.map((s) => ({ id: s, text: percentEncode(s).slice(0, 3_000) })) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((s) => ({ id: s, text: s })) },
    );
  });
  return fc.tuple(...values).map((chosen) => {
    let path = op.path;
    names.forEach((name, i) => (path = path.replace(`{${name}}`, chosen[i]?.text ?? '')));
    const department = chosen.map((c) => fixtures.departmentOf.get(c.id) ?? (fixtures.ids.department.includes(c.id) ? c.id : undefined)).find((d) => d !== undefined) ?? 'health';
    return { path, department };
  });
}

function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const query = op.parameters.filter((p) => p.in === 'query');
  const pairs = query.map((p) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([] as [string, string][]) },
      { weight: 3, arbitrary: queryValue(p).map((v) => [[p.name, v]] as [string, string][]) },
      { weight: 1, arbitrary: fc.array(queryValue(p), { minLength: 2, maxLength: 3 }).map((vs) => vs.map((v) => [p.name, v] as [string, string])) },
    ),
  );
  const extra = fc.oneof({ weight: 4, arbitrary: fc.constant([] as [string, string][]) }, { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey.map((k) => k.slice(0, 50)), short), { maxLength: 3 }) });
  return fc.tuple(fc.tuple(...pairs), extra).map(([chosen, more]) => {
    const all = [...chosen.flat(), ...more];
    return all.length === 0 ? '' : `?${all.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')}`;
  });
}

function headerArbitrary(op: Operation): fc.Arbitrary<Record<string, string>> {
  const documented = op.parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'accept-language');
  const values = documented.map((p) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      // A fresh idempotency key (so that a valid body creates), the same one again (conflicts), or anything.
      { weight: 3, arbitrary: fc.nat().map((n) => `fuzz-${p.name}-${n}`) },
      { weight: 1, arbitrary: fc.constant('fuzz-fixed-key') },
      { weight: 2, arbitrary: headerSafe },
    ),
  );
  return fc
    .record({
      documented: fc.tuple(...values),
      language: fc.option(fc.oneof(fc.constantFrom('en', 'zh', 'en-US,en;q=0.9', '*', 'xx-XX', 'en;q=abc'), headerSafe)),
      requestId: fc.option(headerSafe, { freq: 4 }),
    })
    .map(({ documented: chosen, language, requestId }) => {
      const headers: Record<string, string> = {};
      documented.forEach((p, i) => {
        const value = chosen[i];
        if (value !== undefined && value.trim() !== '') headers[p.name.toLowerCase()] = value.trim();
      });
      if (language !== null && language.trim() !== '') headers['accept-language'] = language.trim();
      if (requestId !== null && requestId.trim() !== '') headers['x-request-id'] = requestId.trim();
      return headers;
    });
}

/** A valid JSON value for a schema (the first choice of every alternative), to start from when no seed is known. */
function sampleOf(schema: Record<string, unknown> | undefined, resolve: (s: unknown) => Record<string, unknown>, depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 6) return null;
  if ('const' in s) return s['const'];
  if (Array.isArray(s['enum'])) return (s['enum'] as unknown[])[0];
  for (const key of ['allOf', 'oneOf', 'anyOf']) if (Array.isArray(s[key])) return sampleOf((s[key] as Record<string, unknown>[])[0], resolve, depth + 1);
  const type: unknown = Array.isArray(s['type']) ? (s['type'] as unknown[])[0] : s['type'];
  if (type === 'object' || s['properties']) {
    const properties = (s['properties'] ?? {}) as Record<string, Record<string, unknown>>;
    return Object.fromEntries(Object.entries(properties).map(([name, inner]) => [name, sampleOf(inner, resolve, depth + 1)]));
  }
  if (type === 'array') return [sampleOf(s['items'] as Record<string, unknown>, resolve, depth + 1)];
  if (type === 'integer' || type === 'number') return typeof s['minimum'] === 'number' ? s['minimum'] : 1;
  if (type === 'boolean') return true;
  if (type === 'string') return s['format'] === 'uri' ? 'https://example.com/x' : s['format'] === 'date-time' ? '2026-03-02T09:00:00+08:00' : 'x'.repeat(Math.max(1, Number(s['minLength'] ?? 1)));
  return {};
}

type Path = (string | number)[];

/** The paths of every node of a tree, the root first (at most `max`). */
function pathsOf(value: unknown, max = 3_000): Path[] {
  const found: Path[] = [];
  const walk = (node: unknown, at: Path) => {
    if (found.length >= max) return;
    found.push(at);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (typeof node === 'object' && node !== null && !(node instanceof Raw)) for (const [k, v] of Object.entries(node)) walk(v, [...at, k]);
  };
  walk(value, []);
  return found;
}

interface Mutation {
  kind: 'replace' | 'retype' | 'delete' | 'add' | 'huge' | 'nest';
  at: number;
  key: string;
  value: unknown;
  /** For `retype`: a value of the same kind as the one replaced (a number for a number …), hostile. */
  number: unknown;
  text: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.oneof(
    { weight: 4, arbitrary: fc.constant('replace' as const) },
    { weight: 4, arbitrary: fc.constant('retype' as const) },
    { weight: 3, arbitrary: fc.constant('delete' as const) },
    { weight: 3, arbitrary: fc.constant('add' as const) },
    { weight: 1, arbitrary: fc.constant('nest' as const) },
    { weight: 1, arbitrary: fc.constant('huge' as const) },
  ),
  at: fc.nat(),
  key: hostileKey,
  value: hostileValue,
  number: hostileNumber,
  text: hostileString,
});

/** A copy of a tree of plain values, its Raw leaves kept (structuredClone would make them plain objects). */
const copy = (value: unknown): unknown =>
  value instanceof Raw ? value : Array.isArray(value) ? value.map(copy) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) : value;

/** `tree` with the mutation applied (a copy; the root replaced when the mutation is at the root). */
function mutate(tree: unknown, m: Mutation, hugeLength: number): unknown {
  const root = { value: copy(tree) };
  const paths = pathsOf(root.value);
  const at = ['value', ...(paths[m.at % paths.length] ?? [])];
  const parent = at.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], root) as Record<string | number, unknown> | unknown[];
  const last = at[at.length - 1] as string | number;
  const target = (parent as Record<string | number, unknown>)[last];
  const set = (value: unknown) => ((parent as Record<string | number, unknown>)[last] = value);
  switch (m.kind) {
    case 'replace':
      set(m.value);
      break;
    case 'retype':
      // Same type, hostile value: past the type checks, into the range and format checks behind them.
      set(typeof target === 'number' ? m.number : typeof target === 'string' ? m.text : Array.isArray(target) ? [...(target as unknown[]), m.value] : m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (last !== 'value' || parent !== root) delete (parent as Record<string, unknown>)[last];
      break;
    case 'add':
      if (Array.isArray(target)) target.push(m.value);
      else if (typeof target === 'object' && target !== null && !(target instanceof Raw)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      else set(m.value);
      break;
    case 'nest':
      set(nested(m.at % 2 === 0 ? 65 : 63, jsonText(target ?? 1), m.at % 3 === 0 ? 'list' : 'object'));
      break;
    case 'huge':
      set('中'.repeat(hugeLength));
      break;
  }
  return root.value;
}

const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/vnd.onego+json',
  'application/jsonx',
  'text/plain',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=fuzz',
  'application/octet-stream',
  '*/*',
  'application/json, text/plain',
];

interface Body {
  kind: string;
  bytes?: Uint8Array;
  contentType?: string;
  contentEncoding?: string;
}

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function jsonBodies(op: Operation, fixtures: Fixtures, resolve: (s: unknown) => Record<string, unknown>): fc.Arbitrary<Body> {
  const seed = fixtures.seeds.get(op.name) ?? (op.body ? sampleOf(op.body.schema, resolve) : {});
  const seedText = JSON.stringify(seed);
  const properties = Object.keys(resolve(op.body?.schema)['properties'] ?? {});
  const json = (kind: string, text: string): Body => ({ kind, bytes: utf8(text), contentType: 'application/json' });
  return fc.oneof(
    { weight: op.body ? 8 : 1, arbitrary: fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(300_000, 1_100_000)).map(([ms, huge]) => json(`mutated (${ms.map((m) => m.kind).join(', ')})`, jsonText(ms.reduce((tree, m) => mutate(tree, m, huge), seed)))) },
    { weight: op.body ? 2 : 0, arbitrary: fc.constant(json('valid', seedText)) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...(properties.length > 0 ? properties : ['x'])), hostileKey), hostileValue, { maxKeys: 5 }).map((o) => json('shaped', jsonText(o))) },
    { weight: 1, arbitrary: hostileValue.map((v) => json('another root', jsonText(v))) },
    { weight: 1, arbitrary: brokenJson(seedText).map((t) => json('broken JSON', t)) },
    { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ maxLength: 2_048 }), fc.constantFrom(...CONTENT_TYPES, 'application/json')).map(([bytes, contentType]) => ({ kind: `bytes as ${contentType}`, bytes, contentType })) },
    { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({ kind: `valid as ${contentType}`, bytes: utf8(seedText), contentType })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('gzip', 'gzip-bomb', 'gzip-broken', 'deflate', 'br', 'x-custom', 'gzip, gzip').map((encoding): Body => {
        const bytes = encoding === 'gzip' ? gzipSync(seedText) : encoding === 'gzip-bomb' ? gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x20)) : utf8(seedText);
        return { kind: `${encoding} encoded`, bytes: new Uint8Array(bytes), contentType: 'application/json', contentEncoding: encoding.replace(/-bomb|-broken/, '') };
      }),
    },
    { weight: op.body ? 1 : 6, arbitrary: fc.constant({ kind: 'none' }) },
  );
}

/** A multipart/form-data body of raw parts (each with its own head), closed or not. */
function multipart(parts: { head: string; content: Uint8Array }[], boundary = 'fuzz-boundary', closed = true): Uint8Array {
  const chunks: Buffer[] = [];
  for (const part of parts) chunks.push(Buffer.from(`--${boundary}\r\n${part.head}\r\n\r\n`, 'utf8'), Buffer.from(part.content), Buffer.from('\r\n'));
  if (closed) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

function uploadBodies(): fc.Arbitrary<Body> {
  const filePart = (content: Uint8Array, filename = 'file.png', field = 'file', type = 'image/png') => ({
    head: `Content-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}`,
    content,
  });
  const png = new Uint8Array(tinyPng(3));
  const form = (kind: string, bytes: Uint8Array, boundary = 'fuzz-boundary'): Body => ({ kind, bytes, contentType: `multipart/form-data; boundary=${boundary}` });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(form('a PNG', multipart([filePart(png)]))) },
    { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 4_096 }).map((bytes) => form('random bytes as the file', multipart([filePart(bytes)]))) },
    { weight: 2, arbitrary: fc.tuple(hostileString, headerSafeFilename()).map(([name, type]) => form('hostile file name and type', multipart([filePart(png, name.replace(/[\r\n"]/g, '_').slice(0, 3_000), 'file', type)]))) },
    { weight: 1, arbitrary: fc.constant(form('the file in another field', multipart([filePart(png, 'a.png', 'other')]))) },
    { weight: 1, arbitrary: fc.constant(form('two files', multipart([filePart(png), filePart(png, 'b.png')]))) },
    { weight: 1, arbitrary: fc.constant(form('no parts', multipart([]))) },
    { weight: 1, arbitrary: fc.constant(form('an empty file', multipart([filePart(new Uint8Array(0))]))) },
    { weight: 1, arbitrary: fc.constant(form('not closed', multipart([filePart(png)], 'fuzz-boundary', false))) },
    { weight: 1, arbitrary: fc.constant(form('another boundary', multipart([filePart(png)]), 'other-boundary')) },
    { weight: 1, arbitrary: fc.constant({ kind: 'no boundary', bytes: multipart([filePart(png)]), contentType: 'multipart/form-data' }) },
    { weight: 1, arbitrary: fc.constant(form('a text field only', multipart([{ head: 'Content-Disposition: form-data; name="file"', content: utf8('not a file') }]))) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 2_000 }).map((n) => form('many parts', multipart(Array.from({ length: n }, (_, i) => ({ head: `Content-Disposition: form-data; name="f${i}"`, content: utf8('x') }))))) },
    { weight: 1, arbitrary: fc.constant({ kind: 'JSON', bytes: utf8('{"file":"x"}'), contentType: 'application/json' }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1_024 }).map((bytes) => form('random bytes', bytes)) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' }) },
  );
}

function headerSafeFilename(): fc.Arbitrary<string> {
  return fc.constantFrom('image/png', 'application/octet-stream', 'text/html', '../../x', '', 'image/png; charset=utf-8', 'x'.repeat(500));
}

/** The callers: mostly the one who owns the fixtures (the citizen, the department's officer …), also anyone. */
function callerArbitrary(op: Operation): fc.Arbitrary<Caller> {
  const owners: Record<string, Caller> = { citizen: 'citizen', officer: 'officer', designer: 'designer', admin: 'admin' };
  const own = op.path === '/metrics' ? ['metrics' as const] : op.access.kind === 'roles' ? op.access.roles.flatMap((r) => owners[r] ?? []) : ['citizen' as const, 'officer' as const, 'admin' as const];
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...own) }, { weight: 2, arbitrary: fc.constantFrom(...CALLERS) });
}

export function requestArbitrary(op: Operation, fixtures: Fixtures, resolve: (s: unknown) => Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const upload = op.body?.mediaType === 'multipart/form-data';
  return fc
    .record({
      caller: callerArbitrary(op),
      variant: fc.nat({ max: 100 }),
      path: pathArbitrary(op, fixtures),
      query: queryArbitrary(op),
      headers: headerArbitrary(op),
      body: upload ? uploadBodies() : jsonBodies(op, fixtures, resolve),
    })
    .map(({ caller, variant, path, query, headers, body }) => ({
      caller,
      variant,
      method: op.method,
      url: `${path.path}${query}`,
      headers: {
        ...headers,
        ...(body.contentType ? { 'content-type': body.contentType } : {}),
        ...(body.contentEncoding ? { 'content-encoding': body.contentEncoding } : {}),
      },
      ...(body.bytes ? { body: body.bytes } : {}),
      bodyKind: body.kind,
      department: path.department,
    }));
}

/** The request an operation's own callers would send: fixture ids, no query, the seed body. */
export function plainRequest(op: Operation, fixtures: Fixtures, resolve: (s: unknown) => Record<string, unknown>, caller: Caller): FuzzRequest {
  let url = op.path;
  let department = 'health';
  for (const p of op.parameters.filter((q) => q.in === 'path')) {
    const kind = idKindOf(op.path, p.name);
    const id = (kind ? fixtures.ids[kind][0] : undefined) ?? 'x';
    department = fixtures.departmentOf.get(id) ?? department;
    url = url.replace(`{${p.name}}`, percentEncode(id));
  }
  const upload = op.body?.mediaType === 'multipart/form-data';
  const seed = fixtures.seeds.get(op.name) ?? (op.body && !upload ? sampleOf(op.body.schema, resolve) : undefined);
  const headers: Record<string, string> = op.parameters.some((p) => p.name === 'Idempotency-Key') ? { 'idempotency-key': `fuzz-plain-${caller}` } : {};
  if (upload) {
    const bytes = multipart([{ head: 'Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png', content: new Uint8Array(tinyPng(4)) }]);
    return { caller, variant: 0, method: op.method, url, headers: { ...headers, 'content-type': 'multipart/form-data; boundary=fuzz-boundary' }, body: bytes, bodyKind: 'a PNG', department };
  }
  return {
    caller,
    variant: 0,
    method: op.method,
    url,
    headers: { ...headers, ...(seed !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(seed !== undefined ? { body: utf8(JSON.stringify(seed)) } : {}),
    bodyKind: seed !== undefined ? 'valid' : 'none',
    department,
  };
}
