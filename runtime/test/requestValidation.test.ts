// Requests are validated from the same schemas the OpenAPI document shows: for every declared route,
// random bodies and queries are accepted by the route's validation exactly when the document's schema
// accepts them (a property test against an independent ajv reading GET /api/openapi.json's content), and
// over real HTTP a request the document forbids is refused with 400 and its code, before anything runs.
import { createDefinitionAjv } from '@onego/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, startServerProcess, type ServerProcess } from '../../test/support/serverProcess.ts';
import { AppError } from '../src/http/appError.ts';
import { requestValidator } from '../src/http/requestValidation.ts';
import type { RouteDeclaration } from '../src/http/routeDeclaration.ts';
import { declaredRoutes, openApiDocument } from '../src/openapi/openApiDocument.ts';

type Json = Record<string, unknown>;
const doc = openApiDocument() as { paths: Record<string, Record<string, Json>> };
const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

// The document as one schema: its own references (#/components/…) resolve inside it.
const ajv = createDefinitionAjv();
ajv.addSchema({ ...doc, $id: 'urn:onego:openapi' });
const documented = (route: RouteDeclaration, ...at: string[]) => ajv.compile({ $ref: `urn:onego:openapi#/${pointer('paths', route.path, route.method, ...at)}` });

/** The document's parameter schema of a query parameter. */
function queryParameter(route: RouteDeclaration, name: string): number {
  const parameters = doc.paths[route.path]?.[route.method]?.['parameters'] as Json[];
  return parameters.findIndex((p) => p['in'] === 'query' && p['name'] === name);
}

/** Values near a schema: its own properties (some missing, some odd) and an unknown one now and then. */
const near = (schema: Json | undefined): fc.Arbitrary<unknown> => {
  const properties = Object.keys((schema?.['properties'] as Json | undefined) ?? {});
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 3000 }), fc.integer(), fc.constantFrom(null, true, 'x', -1, 0, 1e6));
  return fc.oneof(
    fc.dictionary(fc.constantFrom(...properties, 'unknownField'), value, { maxKeys: properties.length + 1 }),
    fc.jsonValue({ maxDepth: 3 }),
  );
};

const accepts = (validate: (request: { params: Json; query: Json; body: unknown }) => unknown, request: { params: Json; query: Json; body: unknown }) => {
  try {
    validate(request);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return false;
    throw error;
  }
};

/** Path parameters of the route: a parameter's declared example (a calendar's region and year), else an id of the form the server makes. */
const paramsOf = (route: RouteDeclaration): Json =>
  Object.fromEntries(
    Object.entries(route.params?.properties ?? {}).map(([name, schema]) => [name, String((schema as { examples?: (string | number)[] }).examples?.[0] ?? 'a3b1c2d4-0000-4000-8000-000000000000')]),
  );

describe('requests are validated from the schemas the document shows', () => {
  const routes = declaredRoutes();

  it('declares routes', () => expect(routes.length).toBeGreaterThan(0));

  it.each(routes.filter((r) => r.body && (r.body.mediaType ?? 'application/json') === 'application/json').map((r) => [r.operationId, r] as const))(
    '%s: a body is accepted exactly when the document’s body schema accepts it',
    (_, route) => {
      const validate = requestValidator(route);
      const schema = documented(route, 'requestBody', 'content', 'application/json', 'schema');
      const seen = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(near(route.body?.schema as Json), (body) => {
          const byDocument = schema(structuredClone(body));
          expect(accepts(validate, { params: paramsOf(route), query: {}, body: structuredClone(body) })).toBe(byDocument);
          seen[byDocument ? 'accepted' : 'refused'] += 1;
        }),
        { seed: 14, numRuns: 200 },
      );
      // Not vacuous: the document refuses some of these bodies (a list where an object is expected, at least).
      expect(seen.refused).toBeGreaterThan(0);
    },
  );

  it.each(routes.filter((r) => r.query).map((r) => [r.operationId, r] as const))('%s: a query is accepted exactly when the document’s parameters accept it', (_, route) => {
    const validate = requestValidator(route);
    const names = Object.keys(route.query?.properties ?? {});
    const checks = Object.fromEntries(names.map((name) => [name, documented(route, 'parameters', String(queryParameter(route, name)), 'schema')]));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('1', '20', '0', '-3', 'open', 'x'))), (query) => {
        // A query parameter is a string, read as the type its schema says (as the server coerces it).
        // Required, and without a default (validation fills a default in).
        const required = ((route.query?.required as string[] | undefined) ?? []).filter((name) => !('default' in (route.query?.properties[name] ?? {})));
        const byDocument = required.every((name) => name in query) && Object.entries(query).every(([name, value]) => {
          const check = checks[name];
          if (!check) return false;
          return check(value) || (/^-?\d+(\.\d+)?$/.test(value) && check(Number(value))) || (value === 'true' && check(true)) || (value === 'false' && check(false));
        });
        expect(accepts(validate, { params: paramsOf(route), query, body: {} })).toBe(byDocument);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe('over HTTP, a request the document forbids is refused with 400 and its code', () => {
  let server: ServerProcess;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    // With the test clock, so that its route exists too.
    server = await startServerProcess({ ONEGO_TEST_CLOCK: '1' });
    api = client(server.url);
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('every declared JSON body refuses a list, by its own role, before the handler looks for the resource', async () => {
    const checked: string[] = [];
    for (const route of declaredRoutes()) {
      if (!route.body || (route.body.mediaType ?? 'application/json') !== 'application/json') continue;
      if (documented(route, 'requestBody', 'content', 'application/json', 'schema')([])) continue;
      const role = route.access === 'public' || route.access === 'signedIn' ? 'citizen' : route.access[0];
      const token = await api.login(role, `validation-${role}`, role === 'officer' ? 'police' : undefined);
      const params = paramsOf(route);
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
      const response = await api.call(route.method.toUpperCase(), path, { token, body: [] });
      expect(response.status, `${route.method} ${route.path}`).toBe(400);
      expect((response.body as Json)['code']).toBe('BAD_REQUEST');
      checked.push(route.operationId);
    }
    expect(checked.length).toBeGreaterThan(0);
  });
});
