// The OpenAPI document served at GET /api/openapi.json: valid OpenAPI 3.1, complete (every route the
// routers register and nothing else), every error code of errorMessages.ts, and real responses of a real
// server process (real SQLite file, real HTTP) matching the schemas documented for them.
import { readFileSync } from 'node:fs';
import type Router from '@koa/router';
import { APPLICATION_EVENT_TYPES, CALENDAR_ERROR_CODES, createApplicationMachine, createDefinitionAjv, SCHEMA_BASE } from '@onego/engine';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerDepartment } from '../../test/support/exampleDepartments.ts';
import { decideStep, positionOfficer, walkReview } from '../../test/support/reviewWalk.ts';
import { newbornSteps } from '../../test/support/newbornSteps.ts';
import { client, startServerProcess, type Response, type ServerProcess } from '../../test/support/serverProcess.ts';
import { minimalPdf, postParts, tinyPng, uploadFile, uploadParts } from '../../test/support/uploadFiles.ts';
import { loadCompiledBundle } from '../src/cli/loadBundle.ts';
import { APPENDED_EVENT_TYPES, applicationEventType, commandEventType, matterEventType } from '../src/db/eventLog.ts';
import { createApp, type AppDependencies } from '../src/http/createApp.ts';
import { ERROR_CODES } from '../src/http/errorMessages.ts';
import { openApiDocument } from '../src/openapi/openApiDocument.ts';

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: Json[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  'x-onego-enabled-by'?: string;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; parameters: Record<string, Json>; headers: Record<string, Json> };
}

const doc = openApiDocument() as unknown as Document;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const DEFINITION_FILES = ['common', 'data-elements', 'matter', 'bundle', 'calendar', 'application'];

const operations = (): { method: string; path: string; operation: Operation }[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] as Operation })),
  );

/** Follows one local $ref (#/components/...). */
function resolve(value: Json | undefined): Json | undefined {
  const ref = value?.['$ref'];
  if (typeof ref !== 'string') return value;
  let target: unknown = doc;
  for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return target as Json | undefined;
}

/** "METHOD /path/{param}" of every route the routers of createApp register (HEAD comes with GET). */
function registeredRoutes(devLogin: boolean): string[] {
  const stub = {} as never;
  const deps: AppDependencies = { db: stub, catalog: stub, commands: stub, tokens: stub, clock: stub, testClock: stub, scheduler: stub, issuance: stub, payments: stub, notifications: stub, calendars: stub, ratings: stub, rectifications: stub, rectificationPass: stub, orphanPass: stub, metrics: stub, log: stub, devLogin, draftTtlDays: 30, blobs: stub };
  const routes = new Set<string>();
  for (const middleware of createApp(deps).middleware) {
    const router = (middleware as { router?: Router }).router;
    for (const layer of router?.stack ?? []) {
      for (const method of layer.methods) {
        if (method === 'HEAD' && layer.methods.includes('GET')) continue;
        routes.add(`${method} ${String(layer.path).replace(/:(\w+)/g, '{$1}')}`);
      }
    }
  }
  return [...routes].sort();
}

/** Every schema object the document holds: components, parameters, headers, bodies. */
function documentSchemas(): { where: string; schema: unknown }[] {
  const found: { where: string; schema: unknown }[] = Object.entries(doc.components.schemas).map(([name, schema]) => ({ where: `schemas/${name}`, schema }));
  const fromContent = (where: string, holder: Json | undefined) => {
    for (const [type, media] of Object.entries((holder?.['content'] ?? {}) as Record<string, Json>)) found.push({ where: `${where} ${type}`, schema: media['schema'] });
    for (const [name, header] of Object.entries((holder?.['headers'] ?? {}) as Record<string, Json>)) if (header['schema']) found.push({ where: `${where} ${name}`, schema: header['schema'] });
  };
  for (const [name, parameter] of Object.entries({ ...doc.components.parameters, ...doc.components.headers })) found.push({ where: name, schema: parameter['schema'] });
  for (const [name, response] of Object.entries(doc.components.responses)) fromContent(`responses/${name}`, response);
  for (const { method, path, operation } of operations()) {
    fromContent(`${method} ${path} body`, operation.requestBody);
    for (const [status, response] of Object.entries(operation.responses)) fromContent(`${method} ${path} ${status}`, response);
    for (const parameter of operation.parameters ?? []) if (parameter['schema']) found.push({ where: `${method} ${path} parameter`, schema: parameter['schema'] });
  }
  return found;
}

const KEYWORDS = new Set(
  (
    '$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs allOf anyOf oneOf not if then else dependentSchemas prefixItems items contains ' +
    'properties patternProperties additionalProperties propertyNames unevaluatedItems unevaluatedProperties type enum const multipleOf maximum exclusiveMaximum ' +
    'minimum exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required ' +
    'dependentRequired format contentEncoding contentMediaType contentSchema title description default deprecated readOnly writeOnly examples discriminator xml externalDocs'
  ).split(' '),
);
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = ['items', 'contains', 'not', 'if', 'then', 'else', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];

/** Keywords that are neither JSON Schema 2020-12 nor OpenAPI 3.1 (typos, OpenAPI 3.0 leftovers such as nullable). */
function unknownKeywords(schema: unknown, where: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!KEYWORDS.has(key) && !key.startsWith('x-')) problems.push(`${where}: ${key}`);
    if (SCHEMA_MAPS.includes(key)) for (const [name, inner] of Object.entries(value as Json)) problems.push(...unknownKeywords(inner, `${where}/${key}/${name}`));
    if (SCHEMA_LISTS.includes(key)) (value as unknown[]).forEach((inner, i) => problems.push(...unknownKeywords(inner, `${where}/${key}/${i}`)));
    if (SCHEMA_VALUES.includes(key)) problems.push(...unknownKeywords(value, `${where}/${key}`));
  }
  return problems;
}

/** The error codes an error response documents: properties.code.enum of its schema or of each oneOf variant. */
function documentedCodes(response: Json | undefined): string[] {
  const schema = ((response?.['content'] as Record<string, Json> | undefined)?.['application/json']?.['schema'] ?? {}) as Json;
  const variants = (schema['oneOf'] as Json[] | undefined) ?? [schema];
  return variants.flatMap((variant) => ((variant['properties'] as Json | undefined)?.['code'] as { enum?: string[] } | undefined)?.enum ?? []);
}

/** An absolute-$ref copy of a definition schema (the validator resolves refs by whole URI only). */
const absoluteRefs = (value: unknown, base: string): unknown =>
  Array.isArray(value)
    ? value.map((item) => absoluteRefs(item, base))
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' && !inner.startsWith('#') ? new URL(inner, base).href : absoluteRefs(inner, base)]),
        )
      : value;

// One ajv with the definition-format schemas under their $ids and this document as a schema, so that the
// documented schemas are compiled with every $ref (local and by $id) resolved.
const DOCUMENT_ID = 'https://onego.dev/api/openapi.json';
const ajv = createDefinitionAjv();
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addSchema({ ...openApiDocument(), $id: DOCUMENT_ID });
const pointer = (...parts: string[]) => `${DOCUMENT_ID}#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator), with every $ref resolvable', async () => {
    const validator = new Validator();
    for (const file of DEFINITION_FILES) {
      const id = `${SCHEMA_BASE}${file}.schema.json`;
      const schema = ajv.getSchema(id)?.schema;
      expect(schema, id).toBeDefined();
      await validator.addSpecRef(absoluteRefs(schema, id) as Json, id);
    }
    const result = await validator.validate(structuredClone(openApiDocument()));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('rejects a broken document, so the validity check can fail', async () => {
    const broken = structuredClone(openApiDocument()) as unknown as Document;
    broken.paths['/health'] = { get: { responses: { '200': { content: 'json' } } } };
    expect((await new Validator().validate(broken as unknown as Json)).valid).toBe(false);
  });

  it('uses only JSON Schema 2020-12 / OpenAPI 3.1 keywords, and every component schema compiles', () => {
    expect(documentSchemas().flatMap(({ where, schema }) => unknownKeywords(schema, where))).toEqual([]);
    for (const name of Object.keys(doc.components.schemas)) expect(ajv.getSchema(pointer('components', 'schemas', name)), name).toBeTypeOf('function');
  });

  it('documents every route the routers register, and no route that does not exist', () => {
    const documented = operations()
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .sort();
    expect(documented).toEqual(registeredRoutes(true));
    expect(registeredRoutes(false)).not.toContain('POST /api/auth/dev-login');
    expect(doc.paths['/api/auth/dev-login']?.['post']?.['x-onego-enabled-by']).toBe('ONEGO_DEV_LOGIN=1');
    expect(doc.paths['/api/test/clock']?.['post']?.['x-onego-enabled-by']).toBe('ONEGO_TEST_CLOCK=1');
  });

  it('describes each operation: id, summary, description, path parameters, security, 2xx and JSON errors', () => {
    const ids = new Set<string>();
    for (const { method, path, operation } of operations()) {
      const name = `${method} ${path}`;
      expect(operation.operationId, name).toBeTruthy();
      ids.add(operation.operationId ?? '');
      expect(operation.summary, name).toBeTruthy();
      expect(operation.description, name).toBeTruthy();
      expect(Array.isArray(operation.security), `${name} states its security`).toBe(true);
      const parameters = (operation.parameters ?? []).map((p) => resolve(p) as Json);
      const inPath = parameters.filter((p) => p['in'] === 'path').map((p) => p['name']);
      expect(inPath.sort(), name).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
      expect(parameters.some((p) => p['name'] === 'Accept-Language'), `${name} takes Accept-Language`).toBe(true);
      const statuses = Object.keys(operation.responses);
      expect(statuses.some((s) => s.startsWith('2')), name).toBe(true);
      for (const status of statuses.filter((s) => !s.startsWith('2'))) {
        expect(documentedCodes(resolve(operation.responses[status])).length, `${name} ${status} lists its codes`).toBeGreaterThan(0);
      }
      const needsToken = (operation.security ?? []).length > 0;
      expect(documentedCodes(resolve(operation.responses['401'])), name).toContain(needsToken ? 'UNAUTHENTICATED' : 'INVALID_TOKEN');
      if (operation.requestBody || method === 'post') expect(statuses, `${name} reads a body`).toEqual(expect.arrayContaining(['413', '415']));
    }
    expect(ids.size).toBe(operations().length);
    expect(doc.paths['/api/tasks']?.['get']?.parameters?.map((p) => resolve(p)?.['name'])).toEqual(['status', 'filter', 'page', 'pageSize', 'Accept-Language']);
    expect(doc.paths['/api/applications']?.['post']?.parameters?.map((p) => resolve(p)?.['name'])).toContain('Idempotency-Key');
    expect(doc.paths['/api/bundles']?.['post']?.security).toEqual([{ bearer: ['designer'] }, { bearer: ['admin'] }]);
    expect(doc.paths['/api/tasks/{id}/decision']?.['post']?.security).toEqual([{ bearer: ['officer'] }]);
  });

  it('lists every error code of errorMessages.ts, each on the routes that give it', () => {
    const errorCode = doc.components.schemas['ErrorCode'] as { enum: string[]; 'x-onego-not-returned'?: string[] };
    expect([...errorCode.enum].sort()).toEqual([...ERROR_CODES, ...CALENDAR_ERROR_CODES].sort());
    const onRoutes = new Set(operations().flatMap(({ operation }) => Object.values(operation.responses).flatMap((r) => documentedCodes(resolve(r)))));
    const notReturned = errorCode['x-onego-not-returned'] ?? [];
    for (const code of ERROR_CODES) expect(onRoutes.has(code) || notReturned.includes(code), code).toBe(true);
    for (const code of notReturned) expect(onRoutes.has(code), `${code} is marked as not returned`).toBe(false);
    for (const code of onRoutes) expect(errorCode.enum, code).toContain(code);
  });

  it("lists every event type of the timeline: the commands, the matters' states of the engine's statechart, the ends, the cancelled matters and the appended events", async () => {
    const documented = ((doc.components.schemas['TimelineEvent'] as { properties: { what: { enum: string[] } } }).properties.what.enum);
    // The states the statechart's matter regions and the application rest in, from the examples' real
    // machines: a matter's change is logged as its new state (deciding is transient, an excluded matter is
    // never logged), the end as the final state the application reached.
    const regionStates = new Set<string>();
    const finalStates = new Set<string>();
    for (const example of ['newborn', 'business-startup', 'school-enrolment']) {
      const root = (await loadCompiledBundle(`examples/${example}`, 'en', { out: () => {}, err: () => {} })).machine().root;
      for (const [name, state] of Object.entries(root.states)) if (state.type === 'final') finalStates.add(name);
      for (const region of Object.values(root.states['processing']?.states ?? {})) for (const name of Object.keys(region.states)) regionStates.add(name);
    }
    // A matter with a fee paid online (收费): no example charges one, so the newborn with a fee on each matter.
    const newborn = await loadCompiledBundle('examples/newborn', 'en', { out: () => {}, err: () => {} });
    const charged = new Map([...newborn.matters].map(([id, matter]) => [id, { ...matter, fee: { charged: true, amount: '1' } }]));
    for (const region of Object.values(createApplicationMachine(newborn.bundle, charged).root.states['processing']?.states ?? {})) for (const name of Object.keys(region.states)) regionStates.add(name);
    expect(regionStates).toContain('returned');
    expect(regionStates).toContain('unpaid');
    // deciding and paid are transient; an excluded matter is never logged.
    const matterStates = [...regionStates].filter((name) => name !== 'deciding' && name !== 'paid' && name !== 'excluded');
    const produced = [
      // Every event the engine accepts is sent by a command, but ISSUE: the runtime sends it itself within the command that led to issuance.
      ...APPLICATION_EVENT_TYPES.filter((type) => type !== 'ISSUE').map((type) => commandEventType(type)),
      ...matterStates.map((name) => matterEventType(name as Parameters<typeof matterEventType>[0])),
      // The matters still open when the application ends (applicationTransition.ts).
      matterEventType('cancelled'),
      ...[...finalStates].map((name) => applicationEventType(name as Parameters<typeof applicationEventType>[0])),
      // Uploads, ratings and rectifications: their writers are typed with this list (AppendedEventRow).
      ...APPENDED_EVENT_TYPES,
    ];
    expect(produced).toContain('MATTER_CANCELLED');
    expect(produced).toContain('APPLICATION_COMPLETED');
    expect(documented.filter((type) => !produced.includes(type as never)), 'documented but never written').toEqual([]);
    expect(produced.filter((type) => !documented.includes(type)), 'written but not documented').toEqual([]);
  });
});

describe('responses of a real server match the document', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  let citizen: string;
  let health: string;
  let designer: string;
  const sample = (name: string) => JSON.parse(readFileSync(`examples/newborn/samples/${name}.json`, 'utf8')) as { answers: Json; data: Json };

  /** Asserts the status, that the operation documents it with its headers, and that the body validates against its schema. */
  function expectDocumented(method: string, template: string, response: Response<unknown>, status: number): void {
    const name = `${method} ${template} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
    expect(response.status, name).toBe(status);
    const declared = doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)];
    expect(declared, `${name} is documented`).toBeDefined();
    const documented = resolve(declared) ?? {};
    for (const header of Object.keys(documented['headers'] ?? {})) expect(response.headers.get(header), `${name}: header ${header}`).not.toBeNull();
    if (!documented['content']) {
      expect(response.body, `${name} has no body`).toBe(''); // e.g. 204 No Content
      return;
    }
    const type = response.headers.get('content-type')?.split(';')[0] ?? '';
    expect(Object.keys(documented['content'] as Json), name).toContain(type);
    if (type !== 'application/json') return;
    const ref = declared?.['$ref'];
    const at =
      typeof ref === 'string'
        ? `${DOCUMENT_ID}${ref}/content/application~1json/schema`
        : pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema');
    const validate = ajv.getSchema(at);
    expect(validate, at).toBeTypeOf('function');
    expect(validate?.(response.body), `${name}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
  }

  beforeAll(async () => {
    server = await startServerProcess({ ONEGO_TEST_CLOCK: '0' });
    api = client(server.url);
    citizen = await api.login('citizen', 'citizen-openapi');
    health = await api.login('officer', 'officer-health', 'health');
    designer = await api.login('designer', 'designer-openapi');
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('serves this document at /api/openapi.json', async () => {
    const served = await api.get('/api/openapi.json');
    expectDocumented('GET', '/api/openapi.json', served, 200);
    expect(served.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expectDocumented('GET', '/health', await api.get('/health'), 200);
    expectDocumented('GET', '/metrics', await api.get('/metrics'), 200);
  });

  it('calendars: the listing, one year, a load previewed, a refused file, and /health degraded while next year is missing', async () => {
    expectDocumented('GET', '/api/calendars', await api.get('/api/calendars'), 200);
    const year = await api.get<{ year: number }>('/api/calendars/national/2026');
    expectDocumented('GET', '/api/calendars/{region}/{year}', year, 200);
    expectDocumented('GET', '/api/calendars/{region}/{year}', await api.get('/api/calendars/national/2031'), 404);
    expectDocumented('GET', '/api/calendars/{region}/{year}', await api.get('/api/calendars/henan/2026'), 400);
    const admin = await api.login('admin', 'admin-openapi');
    const fixture = JSON.parse(readFileSync('test/fixtures/calendars/cn-national-2027.fixture.json', 'utf8')) as Json;
    expectDocumented('PUT', '/api/calendars/{region}/{year}', await api.put('/api/calendars/national/2027?dryRun=true', fixture, admin), 200);
    expectDocumented('PUT', '/api/calendars/{region}/{year}', await api.put('/api/calendars/national/2028', fixture, admin), 422);
    expectDocumented('PUT', '/api/calendars/{region}/{year}', await api.put('/api/calendars/national/2027', fixture, citizen), 403);
    // The listing still has no 2027: a preview writes nothing.
    expect((await api.get<{ nationalYears: number[] }>('/api/calendars')).body.nationalYears).not.toContain(2027);
  });

  it('bundles: the list, one bundle with its definition, a preview, versions, and a refused draft', async () => {
    const list = await api.get<{ id: string }[]>('/api/bundles');
    expectDocumented('GET', '/api/bundles', list, 200);
    expect(list.body.map((b) => b.id)).toContain('henan-newborn');
    expectDocumented('GET', '/api/bundles/{id}', await api.get('/api/bundles/henan-newborn', undefined, { 'accept-language': 'en' }), 200);
    expectDocumented('GET', '/api/bundles/{id}', await api.get('/api/bundles/no-such-bundle'), 404);
    expectDocumented('POST', '/api/bundles/{id}/preview', await api.post('/api/bundles/henan-newborn/preview', { answers: sample('valid-single-birth').answers }), 200);
    expectDocumented('GET', '/api/bundles/{id}/versions', await api.get('/api/bundles/henan-newborn/versions', designer), 200);
    expectDocumented('GET', '/api/bundles/{id}/versions', await api.get('/api/bundles/henan-newborn/versions', citizen), 403);
    const invalid = await api.post<{ issues: unknown[] }>('/api/bundles', { bundle: { id: 'Not An Identifier' }, matters: [] }, designer);
    expectDocumented('POST', '/api/bundles', invalid, 422);
    expect(invalid.body.issues.length).toBeGreaterThan(0);
  });

  it('bundle drafts: saved with problems, listed, opened with an ETag, refused under a stale If-Match, published, discarded', async () => {
    const broken = await api.post<{ issues: unknown[] }>('/api/bundles', { bundle: { id: 'broken-bundle' }, matters: [] }, designer);
    expectDocumented('POST', '/api/bundles', broken, 201);
    expect(broken.body.issues.length).toBeGreaterThan(0);
    expectDocumented('POST', '/api/bundles/{id}/publish', await api.post('/api/bundles/broken-bundle/publish', undefined, designer), 422);
    expectDocumented('GET', '/api/bundles/drafts', await api.get('/api/bundles/drafts', designer, { 'accept-language': 'en' }), 200);
    expectDocumented('GET', '/api/bundles/drafts', await api.get('/api/bundles/drafts', citizen), 403);
    const opened = await api.get('/api/bundles/broken-bundle/draft', designer);
    expectDocumented('GET', '/api/bundles/{id}/draft', opened, 200);
    expectDocumented('GET', '/api/bundles/{id}/draft', await api.get('/api/bundles/no-such-bundle/draft', designer), 404);
    const etag = opened.headers.get('etag') ?? '';
    const again = await api.post('/api/bundles', { bundle: { id: 'broken-bundle', version: '1.0.0' }, matters: [] }, designer, { 'if-match': etag });
    expectDocumented('POST', '/api/bundles', again, 200);
    expectDocumented('POST', '/api/bundles', await api.post('/api/bundles', { bundle: { id: 'broken-bundle' }, matters: [] }, designer, { 'if-match': etag }), 412);
    expectDocumented('POST', '/api/bundles', await api.post('/api/bundles', { bundle: { id: 'broken-bundle' }, matters: [] }, designer, { 'if-none-match': '*' }), 412);
    expectDocumented('POST', '/api/bundles', await api.post('/api/bundles', { bundle: { id: 'no-draft-yet' }, matters: [] }, designer, { 'if-match': etag }), 412);
    expectDocumented('DELETE', '/api/bundles/{id}/draft', await api.call('DELETE', '/api/bundles/broken-bundle/draft', { token: designer, headers: { 'if-match': etag } }), 412);
    const discarded = await api.call('DELETE', '/api/bundles/broken-bundle/draft', { token: designer });
    expect(discarded.status).toBe(204); // no body
    expect(doc.paths['/api/bundles/{id}/draft']?.['delete']?.responses['204']).toBeDefined();
    expectDocumented('DELETE', '/api/bundles/{id}/draft', await api.call('DELETE', '/api/bundles/broken-bundle/draft', { token: designer }), 404);
    expectDocumented('DELETE', '/api/bundles/{id}/draft', await api.call('DELETE', '/api/bundles/broken-bundle/draft', { token: citizen }), 403);
    const current = (await api.get<{ definition: unknown }>('/api/bundles/school-enrolment')).body.definition;
    const saved = await api.post('/api/bundles', current, designer);
    expectDocumented('POST', '/api/bundles/{id}/publish', await api.post('/api/bundles/school-enrolment/publish', undefined, designer, { 'if-match': '"stale"' }), 412);
    expectDocumented('POST', '/api/bundles/{id}/publish', await api.post('/api/bundles/school-enrolment/publish', undefined, designer, { 'if-match': saved.headers.get('etag') ?? '' }), 201);
  });

  it('a rejected application: its timeline, with the matters cancelled when it ended', async () => {
    const single = sample('valid-single-birth');
    const created = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen, { 'idempotency-key': 'openapi-rejected' });
    expect(created.status).toBe(201);
    const view = async () => api.get<{ matters: { matterId: string; taskId: string }[]; timeline: { what: string }[] }>(`/api/applications/${created.body.id}`, citizen);
    const taskOf = async (matterId: string) => (await view()).body.matters.find((m) => m.matterId === matterId)?.taskId;
    await walkReview(api, (await taskOf('birth-medical-certificate')) ?? '', 'health');
    expect((await decideStep(api, (await taskOf('birth-household-registration')) ?? '', 'police', { decision: 'reject' })).status).toBe(200);
    const rejected = await view();
    expectDocumented('GET', '/api/applications/{id}', rejected, 200);
    expect(rejected.body.timeline.map((e) => e.what)).toContain('MATTER_CANCELLED');
  });

  it('applications: 201 for the newborn sample, 200 for its retry, 422 for an invalid sample, the list and the detail', async () => {
    const single = sample('valid-single-birth');
    const body = { bundleId: 'henan-newborn', answers: single.answers, data: single.data };
    const created = await api.post<{ id: string }>('/api/applications', body, citizen, { 'idempotency-key': 'openapi-1' });
    expectDocumented('POST', '/api/applications', created, 201);
    expectDocumented('POST', '/api/applications', await api.post('/api/applications', body, citizen, { 'idempotency-key': 'openapi-1' }), 200);
    const bad = sample('invalid-id-checksum');
    const invalid = await api.post('/api/applications', { bundleId: 'henan-newborn', answers: bad.answers, data: bad.data }, citizen, { 'idempotency-key': 'openapi-2' });
    expectDocumented('POST', '/api/applications', invalid, 422);
    expect(invalid.body['code']).toBe('VALIDATION_FAILED');
    expectDocumented('POST', '/api/applications', await api.post('/api/applications', body, citizen), 400);
    expectDocumented('POST', '/api/applications', await api.call('POST', '/api/applications', { token: citizen, raw: '{"bundleId":', headers: { 'idempotency-key': 'x' } }), 400);
    expectDocumented('GET', '/api/applications', await api.get('/api/applications', citizen), 200);
    expectDocumented('GET', '/api/applications', await api.get('/api/applications'), 401);
    expectDocumented('GET', '/api/applications/{id}', await api.get(`/api/applications/${created.body.id}`, citizen), 200);
    expectDocumented('GET', '/api/applications/{id}', await api.get(`/api/applications/${created.body.id}`, designer), 404);
  });

  it("tasks: a health officer's inbox, one task, a decision, and the errors around them", async () => {
    const inbox = await api.get<{ id: string; matterId: string }[]>('/api/tasks?status=pending&page=1&pageSize=5', health);
    expectDocumented('GET', '/api/tasks', inbox, 200);
    const task = inbox.body.find((t) => t.matterId === 'birth-medical-certificate');
    expect(task).toBeDefined();
    expectDocumented('GET', '/api/tasks', await api.get('/api/tasks?status=finished', health), 400);
    expectDocumented('GET', '/api/tasks', await api.get('/api/tasks', citizen), 403);
    expectDocumented('GET', '/api/tasks/{id}', await api.get(`/api/tasks/${task?.id}`, health), 200);
    expectDocumented('GET', '/api/tasks/{id}', await api.get('/api/tasks/no-such-task', health), 404);
    const police = await api.login('officer', 'officer-police', 'police');
    expectDocumented('GET', '/api/tasks/{id}', await api.get(`/api/tasks/${task?.id}`, police), 403);
    expectDocumented('POST', '/api/tasks/{id}/decision', await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'maybe' }, health), 400);
    // The certificate's first step, 受理: claimed (签收) by the window clerk, then decided; not before.
    expectDocumented('POST', '/api/tasks/{id}/decision', await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'approve' }, health), 409);
    const clerk = await positionOfficer(api, 'health', '窗口人员');
    expectDocumented('POST', '/api/tasks/{id}/claim', await api.post(`/api/tasks/${task?.id}/claim`, {}, clerk), 200);
    expectDocumented('POST', '/api/tasks/{id}/decision', await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'approve', stepId: 'accept' }, clerk), 200);
    expectDocumented('POST', '/api/tasks/{id}/decision', await api.post(`/api/tasks/${task?.id}/decision`, { decision: 'approve', stepId: 'accept' }, clerk), 409);
  });

  it('ratings, rectifications and statistics: a bad rating of a completed application, its rectification and answer, the figures', async () => {
    const steps = newbornSteps(api, 'citizen-openapi');
    const id = await steps.submit('openapi-rating', sample('valid-single-birth'));
    expectDocumented('POST', '/api/applications/{id}/rating', await api.post(`/api/applications/${id}/rating`, { overall: { score: 1 } }, citizen), 409);
    expectDocumented('GET', '/api/applications/{id}/rating', await api.get(`/api/applications/${id}/rating`, citizen), 404);
    await steps.complete(id);
    expectDocumented('POST', '/api/applications/{id}/rating', await api.post(`/api/applications/${id}/rating`, { overall: { score: 9 } }, citizen), 422);
    const rated = await api.post(`/api/applications/${id}/rating`, { overall: { score: 2, comment: '慢' }, matters: [{ matterId: 'birth-medical-certificate', score: 1, comment: '排队' }] }, citizen);
    expectDocumented('POST', '/api/applications/{id}/rating', rated, 201);
    expectDocumented('POST', '/api/applications/{id}/rating', await api.post(`/api/applications/${id}/rating`, { overall: { score: 5 } }, citizen), 409);
    expectDocumented('GET', '/api/applications/{id}/rating', await api.get(`/api/applications/${id}/rating`, health), 200);
    expectDocumented('GET', '/api/applications/{id}', await api.get(`/api/applications/${id}`, citizen), 200);

    const list = await api.get<{ id: string }[]>('/api/rectifications?status=open', health);
    expectDocumented('GET', '/api/rectifications', list, 200);
    const rectification = list.body[0]?.id ?? '';
    expectDocumented('GET', '/api/rectifications', await api.get('/api/rectifications?status=closed', health), 400);
    expectDocumented('GET', '/api/rectifications/{id}', await api.get(`/api/rectifications/${rectification}`, health), 200);
    expectDocumented('GET', '/api/rectifications/{id}', await api.get('/api/rectifications/no-such-rectification', health), 404);
    const answerPath = `/api/rectifications/${rectification}/answer`;
    expectDocumented('POST', '/api/rectifications/{id}/answer', await api.post(answerPath, { answer: '' }, health), 422);
    expectDocumented('POST', '/api/rectifications/{id}/answer', await api.post(answerPath, { answer: '已整改', measures: '增加窗口' }, health), 200);
    expectDocumented('POST', '/api/rectifications/{id}/answer', await api.post(answerPath, { answer: '已整改' }, health), 409);
    const police = await api.login('officer', 'officer-police', 'police');
    expectDocumented('POST', '/api/rectifications/{id}/answer', await api.post(answerPath, { answer: '已整改' }, police), 403);

    const admin = await api.login('admin', 'admin-openapi');
    expectDocumented('GET', '/api/stats/ratings', await api.get('/api/stats/ratings?from=2020-01-01', admin), 200);
    expectDocumented('GET', '/api/stats/ratings', await api.get('/api/stats/ratings', health), 200);
    expectDocumented('GET', '/api/stats/ratings', await api.get('/api/stats/ratings?to=never', admin), 400);
    expectDocumented('GET', '/api/stats/ratings', await api.get('/api/stats/ratings', citizen), 403);
    expectDocumented('GET', '/api/stats/bundles/{id}', await api.get('/api/stats/bundles/henan-newborn?version=1', designer), 200);
    expectDocumented('GET', '/api/stats/bundles/{id}', await api.get('/api/stats/bundles/henan-newborn?version=0', designer), 400);
    expectDocumented('GET', '/api/stats/bundles/{id}', await api.get('/api/stats/bundles/no-such-bundle', designer), 404);
    expectDocumented('GET', '/api/stats/bundles/{id}', await api.get('/api/stats/bundles/henan-newborn', health), 403);
  });

  it('materials and the archive: uploads, their list and content, and the archive of an ended application', async () => {
    const single = sample('valid-single-birth');
    const created = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...single }, citizen, { 'idempotency-key': 'openapi-materials' });
    const id = created.body.id;
    const path = '/api/applications/{id}/materials/{materialId}';
    const uploaded = await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng(), filename: '身份证.png' }, citizen);
    expectDocumented('POST', path, uploaded, 201);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'marriage-certificate', { content: minimalPdf(), filename: 'm.pdf' }, citizen), 201);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'parents-id-cards', { content: 'text', contentType: 'image/png' }, citizen), 415);
    expectDocumented('POST', path, await api.post(`/api/applications/${id}/materials/parents-id-cards`, { file: 'x' }, citizen), 415);
    const tooLarge = Buffer.concat([tinyPng(), Buffer.alloc(5 * 1024 * 1024)]);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'parents-id-cards', { content: tooLarge }, citizen), 413);
    expectDocumented('POST', path, await uploadParts(server.url, id, 'parents-id-cards', [{ field: 'note', content: 'no file' }], citizen), 400);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'no-such-material', { content: tinyPng() }, citizen), 404);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng() }, health), 403);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng() }), 401);
    expectDocumented('GET', '/api/applications/{id}/materials', await api.get(`/api/applications/${id}/materials`, citizen), 200);
    expectDocumented('GET', '/api/applications/{id}/materials', await api.get(`/api/applications/${id}/materials`, designer), 403);
    const content = '/api/applications/{id}/materials/{uploadId}/content';
    const url = String(uploaded.body['contentUrl']);
    expectDocumented('GET', content, await api.get(url, citizen), 200);
    expectDocumented('GET', content, await api.get(url, health), 200);
    const police = await api.login('officer', 'officer-police-materials', 'police');
    expectDocumented('GET', content, await api.get(url, police), 403);
    expectDocumented('GET', content, await api.get(`/api/applications/${id}/materials/no-such-upload/content`, citizen), 404);
    // The task shows the uploads of its matter's materials.
    const inbox = await api.get<{ id: string; applicationId: string; matterId: string }[]>('/api/tasks?status=pending&pageSize=100', health);
    const task = inbox.body.find((t) => t.applicationId === id && t.matterId === 'birth-medical-certificate');
    expectDocumented('GET', '/api/tasks/{id}', await api.get(`/api/tasks/${task?.id}`, health), 200);
    // The archive: 409 while in progress; 200 once ended (here: rejected).
    const archive = '/api/applications/{id}/archive';
    expectDocumented('GET', archive, await api.get(`/api/applications/${id}/archive`, citizen), 409);
    expectDocumented('GET', archive, await api.get(`/api/applications/${id}/archive`, designer), 404);
    expectDocumented('GET', archive, await api.get(`/api/applications/${id}/archive`), 401);
    expectDocumented('POST', '/api/tasks/{id}/decision', await decideStep(api, task?.id ?? '', 'health', { decision: 'reject', comment: '不符合条件' }), 200);
    expectDocumented('GET', archive, await api.get(`/api/applications/${id}/archive`, citizen), 200);
    expectDocumented('GET', archive, await api.get(`/api/applications/${id}/archive`, health), 200);
    expectDocumented('POST', path, await uploadFile(server.url, id, 'parents-id-cards', { content: tinyPng() }, citizen), 409);
  });

  it('drafts and their uploads: save, upload, list, download, remove, submit with the draft', async () => {
    const single = sample('valid-single-birth');
    const created = await api.post<{ id: string }>('/api/application-drafts', { bundleId: 'henan-newborn', answers: single.answers, commitments: ['marriage-certificate'] }, citizen);
    expectDocumented('POST', '/api/application-drafts', created, 201);
    const draftId = created.body.id;
    expectDocumented('PUT', '/api/application-drafts/{id}', await api.call('PUT', `/api/application-drafts/${draftId}`, { token: citizen, body: { data: single.data } }), 200);
    expectDocumented('PUT', '/api/application-drafts/{id}', await api.call('PUT', `/api/application-drafts/${draftId}`, { token: citizen, body: { commitments: 'x' } }), 400);
    expectDocumented('GET', '/api/application-drafts/{id}', await api.get(`/api/application-drafts/${draftId}`, citizen), 200);
    expectDocumented('GET', '/api/application-drafts', await api.get('/api/application-drafts', citizen), 200);
    const path = '/api/application-drafts/{id}/materials/{materialId}';
    const url = (materialId: string) => `${server.url}/api/application-drafts/${draftId}/materials/${materialId}`;
    const file = (content: Buffer | string, contentType = 'application/octet-stream') => [{ field: 'file', filename: 'f', contentType, content }];
    const uploaded = await postParts(url('parents-id-cards'), file(tinyPng()), citizen);
    expectDocumented('POST', path, uploaded, 201);
    const wrong = await postParts(url('marriage-certificate'), file(minimalPdf()), citizen);
    expectDocumented('POST', path, wrong, 201);
    expectDocumented('POST', path, await postParts(url('parents-id-cards'), file('text', 'image/png'), citizen), 415);
    expectDocumented('POST', path, await api.post(`/api/application-drafts/${draftId}/materials/parents-id-cards`, { file: 'x' }, citizen), 415);
    expectDocumented('POST', path, await postParts(url('parents-id-cards'), file(Buffer.concat([tinyPng(), Buffer.alloc(5 * 1024 * 1024)])), citizen), 413);
    expectDocumented('POST', path, await postParts(url('parents-id-cards'), [{ field: 'note', content: 'no file' }], citizen), 400);
    expectDocumented('POST', path, await postParts(url('no-such-material'), file(tinyPng()), citizen), 404);
    expectDocumented('POST', path, await postParts(`${server.url}/api/application-drafts/no-such-draft/materials/parents-id-cards`, file(tinyPng()), citizen), 404);
    expectDocumented('POST', path, await postParts(url('parents-id-cards'), file(tinyPng()), health), 403);
    expectDocumented('POST', path, await postParts(url('parents-id-cards'), file(tinyPng())), 401);
    const list = '/api/application-drafts/{id}/materials';
    expectDocumented('GET', list, await api.get(`/api/application-drafts/${draftId}/materials`, citizen), 200);
    expectDocumented('GET', list, await api.get('/api/application-drafts/no-such-draft/materials', citizen), 404);
    expectDocumented('GET', list, await api.get(`/api/application-drafts/${draftId}/materials`, health), 403);
    const content = '/api/application-drafts/{id}/materials/{uploadId}/content';
    expectDocumented('GET', content, await api.get(String(uploaded.body['contentUrl']), citizen), 200);
    expectDocumented('GET', content, await api.get(`/api/application-drafts/${draftId}/materials/no-such-upload/content`, citizen), 404);
    const one = '/api/application-drafts/{id}/materials/{uploadId}';
    expectDocumented('DELETE', one, await api.call('DELETE', `/api/application-drafts/${draftId}/materials/${String(wrong.body['id'])}`, { token: citizen }), 204);
    expectDocumented('DELETE', one, await api.call('DELETE', `/api/application-drafts/${draftId}/materials/${String(wrong.body['id'])}`, { token: citizen }), 404);
    expectDocumented('DELETE', one, await api.call('DELETE', `/api/application-drafts/${draftId}/materials/x`, { token: health }), 403);
    const submitted = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', ...single, draftId }, citizen, { 'idempotency-key': 'openapi-draft-files' });
    expectDocumented('POST', '/api/applications', submitted, 201);
    const view = await api.get<{ materials: { uploads: unknown[] }[] }>(`/api/applications/${submitted.body.id}`, citizen);
    expectDocumented('GET', '/api/applications/{id}', view, 200);
    expect(view.body.materials.flatMap((m) => m.uploads)).toHaveLength(1);
    expectDocumented('GET', '/api/applications/{id}', await api.get(`/api/applications/${submitted.body.id}`, health), 200);
    expectDocumented('DELETE', '/api/application-drafts/{id}', await api.call('DELETE', `/api/application-drafts/${draftId}`, { token: citizen }), 404);
  });

  it('dev login, the disabled test clock and an oversized body answer as documented', async () => {
    const methods = await api.get('/api/auth/sign-in-methods');
    expectDocumented('GET', '/api/auth/sign-in-methods', methods, 200);
    expect(methods.body).toEqual({ devLogin: true, identityProvider: null });
    expectDocumented('POST', '/api/auth/dev-login', await api.post('/api/auth/dev-login', { role: 'officer', subject: 'o-1', department: officerDepartment('police') }), 200);
    expectDocumented('GET', '/api/auth/demo-officers', await api.get('/api/auth/demo-officers'), 200);
    expectDocumented('POST', '/api/auth/dev-login', await api.post('/api/auth/dev-login', { role: 'officer', subject: 'o-1', department: 'police' }), 401);
    expectDocumented('POST', '/api/auth/dev-login', await api.post('/api/auth/dev-login', { role: 'officer', subject: 'o-1' }), 400);
    expectDocumented('POST', '/api/test/clock', await api.post('/api/test/clock', { advanceMs: 1000 }), 404);
    expectDocumented('GET', '/api/bundles', await api.get('/api/bundles', 'not-a-token'), 401);
    const huge = await api.call('POST', '/api/bundles/henan-newborn/preview', { raw: JSON.stringify({ answers: { pad: 'x'.repeat(1_100_000) } }) });
    expectDocumented('POST', '/api/bundles/{id}/preview', huge, 413);
  });

  it('notifications and department webhooks: the inbox, read state, the stream and the admin API', async () => {
    // Notifications are made in the background from the events of the tests above.
    let inbox = await api.get<{ id: number }[]>('/api/notifications?page=1&pageSize=5', health);
    for (let i = 0; i < 100 && inbox.body.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      inbox = await api.get<{ id: number }[]>('/api/notifications?page=1&pageSize=5', health);
    }
    expectDocumented('GET', '/api/notifications', inbox, 200);
    const first = inbox.body[0];
    expect(first).toBeDefined();
    expectDocumented('GET', '/api/notifications', await api.get('/api/notifications?unread=maybe', health), 400);
    expectDocumented('GET', '/api/notifications', await api.get('/api/notifications'), 401);
    expectDocumented('POST', '/api/notifications/{id}/read', await api.post(`/api/notifications/${first?.id}/read`, undefined, health, { 'accept-language': 'en' }), 200);
    expectDocumented('POST', '/api/notifications/{id}/read', await api.post(`/api/notifications/${first?.id}/read`, undefined, designer), 404);
    expectDocumented('POST', '/api/notifications/read-all', await api.post('/api/notifications/read-all', undefined, citizen), 200);

    const controller = new AbortController();
    const stream = await fetch(`${server.url}/api/notifications/stream?lastEventId=0`, { headers: { authorization: `Bearer ${health}` }, signal: controller.signal });
    expectDocumented('GET', '/api/notifications/stream', { status: stream.status, body: '', headers: stream.headers }, 200);
    controller.abort();
    expectDocumented('GET', '/api/notifications/stream', await api.get('/api/notifications/stream?access_token=not-a-token'), 401);
    expectDocumented('GET', '/api/notifications/stream', await api.get('/api/notifications/stream?lastEventId=x', health), 400);

    const admin = await api.login('admin', 'admin-openapi');
    const hook = { url: 'https://hooks.example.gov.cn/onego', secret: 'a-secret-of-sixteen+', events: ['task_assigned'] };
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin, body: hook }), 201);
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin, body: { ...hook, events: null } }), 200);
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin, body: { ...hook, secret: 'short' } }), 400);
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', `/api/admin/webhooks/${officerDepartment('health')}`, { token: health, body: hook }), 403);
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin, body: { ...hook, url: 'http://169.254.169.254/latest/meta-data' } }), 422);
    expectDocumented('GET', '/api/admin/webhooks', await api.get('/api/admin/webhooks', admin), 200);
    expectDocumented('PUT', '/api/admin/webhooks/{department}', await api.call('PUT', '/api/admin/webhooks/health', { token: admin, body: hook }), 404);
    expectDocumented('GET', '/api/admin/webhooks/{department}', await api.get(`/api/admin/webhooks/${officerDepartment('health')}`, admin), 200);
    expectDocumented('GET', '/api/admin/webhooks/{department}', await api.get(`/api/admin/webhooks/${officerDepartment('police')}`, admin), 404);
    expectDocumented('GET', '/api/admin/webhooks/{department}/deliveries', await api.get(`/api/admin/webhooks/${officerDepartment('health')}/deliveries?status=failed`, admin), 200);
    expectDocumented('GET', '/api/admin/webhooks/{department}/deliveries', await api.get(`/api/admin/webhooks/${officerDepartment('health')}/deliveries?status=lost`, admin), 400);
    expectDocumented('POST', '/api/admin/webhooks/{department}/deliveries/{id}/redeliver', await api.post(`/api/admin/webhooks/${officerDepartment('health')}/deliveries/none/redeliver`, undefined, admin), 404);
    expect((await api.call('DELETE', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin })).status).toBe(204);
    expectDocumented('DELETE', '/api/admin/webhooks/{department}', await api.call('DELETE', `/api/admin/webhooks/${officerDepartment('health')}`, { token: admin }), 404);
  });

  it('shared data (秒报 / 免提交, the example provider of dev mode): a prefilled preview, the prefill, provenance and evidence', async () => {
    const single = sample('valid-single-birth');
    const login = await api.post<{ token: string }>('/api/auth/dev-login', { role: 'citizen', subject: 'openapi-father', idNumber: '410105199304120314' });
    expectDocumented('POST', '/api/auth/dev-login', login, 200);
    expectDocumented('POST', '/api/auth/dev-login', await api.post('/api/auth/dev-login', { role: 'citizen', subject: 'x', idNumber: '410105199304120315' }), 400);
    const father = login.body.token;
    const preview = await api.post<{ prefill: { status: string } }>('/api/bundles/henan-newborn/preview', { answers: single.answers }, father);
    expectDocumented('POST', '/api/bundles/{id}/preview', preview, 200);
    expect(preview.body.prefill.status).toBe('resolved');
    expectDocumented('GET', '/api/bundles/{id}/prefill', await api.get('/api/bundles/henan-newborn/prefill', father), 200);
    expectDocumented('GET', '/api/bundles/{id}/prefill', await api.get('/api/bundles/henan-newborn/prefill'), 401);
    expectDocumented('GET', '/api/bundles/{id}/prefill', await api.get('/api/bundles/henan-newborn/prefill', health), 403);
    expectDocumented('GET', '/api/bundles/{id}/prefill', await api.get('/api/bundles/no-such-bundle/prefill', father), 404);
    const data = { ...single.data, applicant: { ...(single.data['applicant'] as Json), address: '河南省郑州市二七区大学路80号' } };
    const created = await api.post<{ id: string }>('/api/applications', { bundleId: 'henan-newborn', answers: single.answers, data }, father, { 'idempotency-key': 'openapi-shared' });
    expectDocumented('POST', '/api/applications', created, 201);
    const application = await api.get<{ provenance: Record<string, { kind: string }>; matters: { matterId: string; taskId: string }[] }>(`/api/applications/${created.body.id}`, father);
    expectDocumented('GET', '/api/applications/{id}', application, 200);
    expect(application.body.provenance['/household/registerNumber']?.kind).toBe('shared');
    expect(application.body.provenance['/applicant/address']).toMatchObject({ kind: 'entered', overrides: { element: 'applicant.address' } });
    const police = await api.login('officer', 'officer-police-openapi', 'police');
    const hukou = application.body.matters.find((m) => m.matterId === 'birth-household-registration');
    const task = await api.get<{ materials: { materialId: string; evidence: unknown }[] }>(`/api/tasks/${hukou?.taskId}`, police);
    expectDocumented('GET', '/api/tasks/{id}', task, 200);
    expect(task.body.materials.find((m) => m.materialId === 'household-register')?.evidence).toMatchObject({ eLicence: { type: 'household-register', number: '410105012345' } });
    expectDocumented('GET', '/api/applications/{id}', await api.get(`/api/applications/${created.body.id}`, police), 200);
  });
});
