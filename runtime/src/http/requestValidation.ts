// Requests are checked against their route's declaration (routeDeclaration.ts), with the same schemas
// the OpenAPI document shows: path parameters and the query coerced from strings (defaults filled in),
// the JSON body as it is. The first problem is answered 400 BAD_REQUEST naming the field (a string over
// its maxLength: 400 TEXT_TOO_LONG with the field and the limit), before the handler runs.
import { createDefinitionAjv, type Ajv } from '@onego/engine';
import type { TSchema } from 'typebox';
import { declaredComponents } from './apiComponents.ts';
import { AppError } from './appError.ts';
import type { RouteDeclaration } from './routeDeclaration.ts';

type Json = Record<string, unknown>;
type ValidateFunction = ReturnType<Ajv['compile']>;
type ErrorObject = NonNullable<ValidateFunction['errors']>[number];
type Where = 'path' | 'query' | 'body';

const COMPONENT_REF = '#/components/schemas/';

/** The schema with references to components pointing into its own $defs, which hold every component. */
function selfContained(schema: TSchema): Json {
  const local = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(local);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENT_REF) ? `#/$defs/${inner.slice(COMPONENT_REF.length)}` : local(inner),
      ]),
    );
  };
  return { ...(local(schema) as Json), $defs: local(declaredComponents()) };
}

let ajvs: { strings: Ajv; json: Ajv } | undefined;
function compile(where: Where, schema: TSchema): ValidateFunction {
  ajvs ??= { strings: createDefinitionAjv({ coerceTypes: 'array', useDefaults: true }), json: createDefinitionAjv() };
  return (where === 'body' ? ajvs.json : ajvs.strings).compile(selfContained(schema));
}

/** The name a problem is about: the property, with the list index when inside one ("matters[2].score"). */
function fieldOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = error.keyword === 'required' ? (error.params as { missingProperty?: string }).missingProperty : undefined;
  if (extra !== undefined) segments.push(extra);
  return segments.reduce((name, segment) => (/^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '');
}

function problem(where: Where, errors: readonly ErrorObject[]): AppError {
  // allErrors collects every problem; a missing or unknown field explains the others best.
  const first = errors.find((e) => e.keyword === 'required' || e.keyword === 'additionalProperties') ?? errors[0];
  if (!first) return new AppError(400, 'BAD_REQUEST', { detail: `invalid ${where}` });
  const field = fieldOf(first);
  const named = field ? `"${field}"` : where === 'body' ? 'the body' : `the ${where}`;
  const prefix = where === 'body' || !field ? '' : `${where === 'path' ? 'path parameter' : 'query parameter'} `;
  switch (first.keyword) {
    case 'maxLength': {
      const max = (first.params as { limit: number }).limit;
      return new AppError(400, 'TEXT_TOO_LONG', { field, max }, { field, maxLength: max });
    }
    case 'required':
      return new AppError(400, 'BAD_REQUEST', { detail: `${prefix}${named} is required` });
    case 'additionalProperties': {
      const unknown = (first.params as { additionalProperty: string }).additionalProperty;
      return new AppError(400, 'BAD_REQUEST', { detail: `${prefix}"${field ? `${field}.` : ''}${unknown}" is not a known field` });
    }
    default:
      return new AppError(400, 'BAD_REQUEST', { detail: `${prefix}${named} ${first.message ?? 'is not valid'}` });
  }
}

export interface ValidRequest {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** A checker of requests for one route, compiled once (at start: a schema that cannot compile fails then). */
export function requestValidator(route: RouteDeclaration): (request: { params: Json; query: Json; body: unknown }) => ValidRequest {
  const params = route.params ? compile('path', route.params) : undefined;
  const query = route.query ? compile('query', route.query) : undefined;
  const json = route.body && (route.body.mediaType ?? 'application/json') === 'application/json' ? route.body : undefined;
  const body = json ? compile('body', json.schema) : undefined;
  const check = (where: Where, validate: ValidateFunction | undefined, value: unknown): unknown => {
    if (validate && !validate(value)) throw problem(where, validate.errors ?? []);
    return value;
  };
  return (request) => {
    // Coercion writes into the object it checks: copies, so that ctx.params and ctx.query stay as sent.
    const checkedParams = check('path', params, { ...request.params });
    const checkedQuery = check('query', query, { ...request.query });
    // No body (an empty POST) is undefined: a required body must then be an object the schema accepts.
    const sent = request.body === undefined && json?.required !== false ? {} : request.body;
    const checkedBody = json && (json.required !== false || request.body !== undefined) ? check('body', body, sent) : request.body;
    return { params: checkedParams, query: checkedQuery, body: checkedBody };
  };
}
