// One declaration per route: method, path, who may call it, the schemas of its parameters, query, body
// and response, and the other responses (errors) it may give. The router validates requests from it
// (mountRoutes.ts), the OpenAPI document is generated from it (openapi/openApiDocument.ts), and the web
// app's types from that document. A resource exports its declarations as one object (`…Api`) beside the
// handlers that implement them.
import type { Lang } from '@onego/engine';
import type { Context } from 'koa';
import type { Static, TObject, TSchema } from 'typebox';
import type { Principal, Role } from '../auth/principal.ts';

type JsonSchema = Record<string, unknown>;

/** Who may call: anyone (a token that is sent is still checked), any signed-in caller, or these roles. */
export type Access = 'public' | 'signedIn' | readonly [Role, ...Role[]];

export interface RouteDeclaration {
  readonly operationId: string;
  readonly method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  /** The OpenAPI path, parameters in braces: `/api/applications/{id}`. */
  readonly path: `/${string}`;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  readonly access: Access;
  /** The documented security requirements when the route checks credentials of its own (the metrics token, a token in the query); otherwise they follow `access`. */
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  /** Path parameters, validated (strings coerced to the declared types). */
  readonly params?: TObject;
  /** Query parameters, validated (coerced; defaults filled in). */
  readonly query?: TObject;
  /** The body: JSON is validated against `schema`; another media type (multipart) is the handler's to read. */
  readonly body?: { readonly schema: TSchema; readonly description: string; readonly required?: boolean; readonly mediaType?: string };
  /** Request headers the handler reads, as OpenAPI parameter objects or references (documented only). */
  readonly headers?: readonly JsonSchema[];
  /** The success response. Without `schema` the handler writes the body itself (files, streams, 204). */
  readonly response: {
    readonly status: number;
    readonly description: string;
    readonly schema?: TSchema;
    readonly mediaType?: string;
    /** Without `schema`: the media types of the body the handler writes (a file, a stream), as OpenAPI media type objects. */
    readonly content?: Readonly<Record<string, JsonSchema>>;
    readonly headers?: Readonly<Record<string, JsonSchema>>;
  };
  /** Every other response, by status: the errors (openapi/responses.ts builds them) and other successes. */
  readonly otherResponses: Readonly<Record<string, JsonSchema>>;
  /** OpenAPI extensions of the operation (x-onego-enabled-by, …). */
  readonly extensions?: Readonly<Record<`x-${string}`, unknown>>;
}

type StaticOf<S, Otherwise> = S extends TSchema ? Static<S> : Otherwise;

export interface RouteInput<D extends RouteDeclaration> {
  readonly params: StaticOf<D['params'], Record<string, never>>;
  readonly query: StaticOf<D['query'], Record<string, never>>;
  readonly body: D['body'] extends { readonly schema: infer S extends TSchema; readonly mediaType?: undefined } ? Static<S> : undefined;
  /** The caller: absent only on a public route called without a token. */
  readonly principal: D['access'] extends 'public' ? Principal | undefined : Principal;
  readonly lang: Lang;
  /** For headers, streams and files; the response body is what the handler returns. */
  readonly ctx: Context;
}

/** What a handler returns: the declared response (sent with its status unless the handler set another), or nothing when the handler wrote the response. */
type RouteOutput<D extends RouteDeclaration> = D['response'] extends { readonly schema: infer S extends TSchema } ? Static<S> : void;

type RouteHandler<D extends RouteDeclaration> = (input: RouteInput<D>) => RouteOutput<D> | Promise<RouteOutput<D>>;

/** The declarations of one resource, by operation. */
export type Api = Readonly<Record<string, RouteDeclaration>>;

export type Handlers<A extends Api> = { readonly [K in keyof A]: RouteHandler<A[K]> };

/** Declares a resource's routes; keeps the literal types the handlers are checked against. */
export const declareApi = <const A extends Api>(api: A): A => api;
