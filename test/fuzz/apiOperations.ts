// The fuzz suite's view of the API: every operation of the OpenAPI document, read when the suite runs (a
// route added to the document is fuzzed without a change here), with what the document says of it: its
// path and query parameters, its headers, who may call it, its request body, and the statuses and error
// codes it may answer.
import { openApiDocument } from '../../runtime/src/openapi/openApiDocument.ts';

type Json = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Json;
}

/** Who may call an operation: anyone, anyone signed in, or these roles. */
type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: string[] };

export interface Operation {
  method: string;
  /** The path template, e.g. /api/applications/{id}. */
  path: string;
  /** "POST /api/applications". */
  name: string;
  parameters: Parameter[];
  access: Access;
  /** The request body's media type and schema, when the operation reads one. */
  body?: { mediaType: string; schema: Json };
  /** Documented statuses, each with the error codes listed for it (none for a success). */
  responses: Map<number, string[]>;
  /** Other methods the path has. */
  siblings: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const doc = openApiDocument() as { paths: Record<string, Record<string, Json>>; components: Json };

/** Follows a local $ref (#/components/…); a reference to a definition-format schema ($id) is left as it is. */
export function resolve(value: unknown): Json {
  let current = value as Json;
  for (let hops = 0; hops < 10 && typeof current?.['$ref'] === 'string' && current['$ref'].startsWith('#/'); hops++) {
    let target: unknown = doc;
    for (const part of current['$ref'].slice(2).split('/')) target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    current = target as Json;
  }
  return current ?? {};
}

/** The error codes a response lists (properties.code.enum of its schema or of each oneOf variant). */
function codesOf(response: unknown): string[] {
  const content = resolve(response)['content'] as Record<string, Json> | undefined;
  const schema = (content?.['application/json']?.['schema'] ?? {}) as Json;
  const variants = (schema['oneOf'] as Json[] | undefined) ?? [schema];
  return variants.flatMap((variant) => ((variant['properties'] as Json | undefined)?.['code'] as { enum?: string[] } | undefined)?.enum ?? []);
}

function accessOf(security: Json[] | undefined): Access {
  if (!security || security.length === 0 || security.some((entry) => Object.keys(entry).length === 0)) return { kind: 'public' };
  const roles = security.flatMap((entry) => (entry['bearer'] as string[] | undefined) ?? []);
  return roles.length === 0 ? { kind: 'signed-in' } : { kind: 'roles', roles };
}

/** Reads first, then writes, then deletions, and the test clock last (it moves time for everything after it). */
const rank = (op: Operation) => (op.path === '/api/test/clock' ? 3 : op.method === 'GET' ? 0 : op.method === 'DELETE' ? 2 : 1);

export function apiOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const methods = METHODS.filter((m) => item[m]);
    const shared = ((item['parameters'] as unknown[] | undefined) ?? []).map(resolve);
    for (const method of methods) {
      const operation = item[method] as Json;
      const parameters = [...shared, ...((operation['parameters'] as unknown[] | undefined) ?? []).map(resolve)].map((p) => ({
        name: String(p['name']),
        in: p['in'] as Parameter['in'],
        required: p['required'] === true,
        schema: resolve(p['schema']),
      }));
      const content = resolve(operation['requestBody'])['content'] as Record<string, Json> | undefined;
      const [mediaType, media] = Object.entries(content ?? {})[0] ?? [];
      const responses = new Map<number, string[]>();
      for (const [status, response] of Object.entries(operation['responses'] as Json)) if (/^\d{3}$/.test(status)) responses.set(Number(status), codesOf(response));
      operations.push({
        method: method.toUpperCase(),
        path,
        name: `${method.toUpperCase()} ${path}`,
        parameters,
        access: accessOf(operation['security'] as Json[] | undefined),
        ...(mediaType && media ? { body: { mediaType, schema: resolve(media['schema']) } } : {}),
        responses,
        siblings: methods.map((m) => m.toUpperCase()),
      });
    }
  }
  // (Deletions of sub-resources first: deleting a draft takes its files with it.)
  return operations.sort((a, b) => rank(a) - rank(b) || (a.method === 'DELETE' ? b.path.length - a.path.length : 0));
}
