// TypeBox building blocks of the API's schemas, shared by the resources' declarations: instants,
// texts in the response language, closed objects, references to the definition format.
import { SCHEMA_BASE } from '@onego/engine';
import Type, { type TObject, type TProperties } from 'typebox';

/** An object with exactly these properties (optional ones wrapped in Type.Optional): a field added without being declared fails the conformance test. */
export const closed = <P extends TProperties>(properties: P, options: { description?: string } = {}): TObject<P> =>
  Type.Object(properties, { additionalProperties: false, ...options });

/** An ISO 8601 instant in UTC. */
export const instant = (description: string) => Type.String({ format: 'date-time', description });

/** An instant, or null. */
export const nullableInstant = (description: string) => Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description });

/** Text in the response language (zh unless Accept-Language prefers en). */
export const localized = (description: string) =>
  Type.String({ description: `${description} In the response language (Accept-Language: Chinese by default, English on request).` });

/** A uuid (ids the server generates: applications, tasks, …). */
export const uuid = (description?: string) => Type.String({ format: 'uuid', ...(description ? { description } : {}) });

/** Text or null. */
export const nullableText = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

/** A path parameter naming a resource: any short text (an unknown one is that resource's 404, not a 400). */
export const idParam = (description: string) => Type.String({ maxLength: 200, description });

/** Any JSON object: its shape is described, not checked here (a form's JSON Schema, data shaped like the form, …). */
export const anyObject = (description: string) => Type.Unsafe<Record<string, unknown>>({ type: 'object', description });

/**
 * A reference to a schema of the definition format (schemas/<file>.schema.json, by its $id), or to a JSON
 * Pointer inside it: the document never copies them. Typed as `T` (unknown unless told).
 */
export const definitionRef = <T = unknown>(file: 'common' | 'bundle' | 'matter' | 'application' | 'calendar' | 'data-elements', pointer = '', description?: string) =>
  Type.Unsafe<T>({ $ref: `${SCHEMA_BASE}${file}.schema.json${pointer ? `#${pointer}` : ''}`, ...(description ? { description } : {}) });

/** The query parameters of a paged list: page (from 1) and pageSize (1–100, 20 by default). */
export const paging = (items: string) => ({
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: `${items} per page.` })),
});
