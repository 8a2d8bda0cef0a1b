// The paths of the OpenAPI document generated from the route declarations (http/routeDeclaration.ts):
// security from who may call, parameters from the path and query schemas, the body, the success response
// and the others as declared.
import type { TObject, TSchema } from 'typebox';
import { declaredComponents } from '../http/apiComponents.ts';
import type { Api, RouteDeclaration } from '../http/routeDeclaration.ts';
import { always, bodyLimits, coded, failure, forbidden, invalidTokenOnly, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, ok, TEXT_TOO_LONG_TEXT, unauthenticated } from './responses.ts';

type Json = Record<string, unknown>;

const COMPONENT_REF = '#/components/schemas/';

const ACCEPT_LANGUAGE = { $ref: '#/components/parameters/AcceptLanguage' };

function parametersOf(where: 'path' | 'query', object: TObject | undefined): Json[] {
  if (!object) return [];
  const required = new Set<string>((object.required as string[] | undefined) ?? []);
  return Object.entries(object.properties as Record<string, TSchema>).map(([name, schema]) => {
    const { description, ...rest } = schema as Json;
    // A query parameter with a default may be left out (validation fills it in).
    return { name, in: where, required: where === 'path' || (required.has(name) && !('default' in rest)), ...(description ? { description } : {}), schema: rest };
  });
}

function security(route: RouteDeclaration): Json[] {
  if (route.access === 'public') return [];
  if (route.access === 'signedIn') return [{ bearer: [] }];
  return route.access.map((role) => ({ bearer: [role] }));
}

/** Whether a string of the schema (through the components it refers to) has a maximum length. */
function hasMaxLength(schema: unknown, seen = new Set<string>()): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  const ref = (schema as Json)['$ref'];
  if (typeof ref === 'string' && ref.startsWith(COMPONENT_REF) && !seen.has(ref)) {
    seen.add(ref);
    if (hasMaxLength(declaredComponents()[ref.slice(COMPONENT_REF.length)], seen)) return true;
  }
  return Object.hasOwn(schema, 'maxLength') || Object.values(schema).some((inner) => hasMaxLength(inner, seen));
}

/** 400 of a route with declared inputs: what the validation from the declaration answers. */
function badRequest(route: RouteDeclaration, json: boolean): Json {
  const bounded = [route.params, route.query, json ? route.body?.schema : undefined].some((schema) => hasMaxLength(schema));
  return failure(
    [
      json ? `BAD_JSON: the body is not valid JSON. ${JSON_SHAPE_TEXT}` : '',
      'BAD_REQUEST: a path parameter, query parameter or the body does not match its schema (detail names the field).',
      bounded ? TEXT_TOO_LONG_TEXT : '',
    ].filter(Boolean).join(' '),
    coded([...(json ? ['BAD_JSON', ...JSON_SHAPE_CODES] : []), 'BAD_REQUEST', ...(bounded ? ['TEXT_TOO_LONG'] : [])]),
  );
}

/** The responses every route of its kind gives: 400 from validation, 401, 403 for other roles, the body limits, 405/429/500. */
function usualResponses(route: RouteDeclaration): Json {
  const json = route.body !== undefined && (route.body.mediaType ?? 'application/json') === 'application/json';
  return {
    ...(json || route.params || route.query ? { '400': badRequest(route, json) } : {}),
    '401': route.access === 'public' ? invalidTokenOnly : unauthenticated,
    ...(Array.isArray(route.access) ? { '403': forbidden(`the caller is not ${route.access.join(' or ')}.`) } : {}),
    // The JSON body parser reads the body of every POST, PUT and PATCH, declared or not.
    ...(route.body || route.method === 'post' || route.method === 'put' || route.method === 'patch' ? bodyLimits : {}),
    ...always,
  };
}

function operation(route: RouteDeclaration): Json {
  const { response } = route;
  const success = response.schema
    ? response.mediaType && response.mediaType !== 'application/json'
      ? { ...ok(response.description, response.schema as Json, response.headers ? { ...response.headers } : undefined), content: { [response.mediaType]: { schema: response.schema } } }
      : ok(response.description, response.schema as Json, response.headers ? { ...response.headers } : undefined)
    : {
        description: response.description,
        headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' }, ...response.headers },
        ...(response.content ? { content: response.content } : {}),
      };
  return {
    tags: [...route.tags],
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    security: route.security ? [...route.security] : security(route),
    parameters: [...parametersOf('path', route.params), ...parametersOf('query', route.query), ...(route.headers ?? []), ACCEPT_LANGUAGE],
    ...(route.body
      ? { requestBody: { description: route.body.description, required: route.body.required ?? true, content: { [route.body.mediaType ?? 'application/json']: { schema: route.body.schema } } } }
      : {}),
    responses: { [String(response.status)]: success, ...usualResponses(route), ...route.otherResponses },
    ...route.extensions,
  };
}

/** The paths of these resources' declarations; a path and method declared twice is an error. */
export function declaredPaths(apis: readonly Api[]): Record<string, Record<string, Json>> {
  const paths: Record<string, Record<string, Json>> = {};
  for (const api of apis) {
    for (const route of Object.values(api)) {
      const item = (paths[route.path] ??= {});
      if (item[route.method]) throw new Error(`${route.method.toUpperCase()} ${route.path} is declared twice`);
      item[route.method] = operation(route);
    }
  }
  return paths;
}
