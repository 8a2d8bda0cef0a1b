// The named schemas of the HTTP API (components/schemas of the OpenAPI document). A resource declares
// each of its request and response shapes once, in TypeBox, with `component(name, schema)`: what it gets
// back is a reference that TypeScript reads as the schema's static type, the document lists the schema
// under its name, and request validation resolves the reference.
import Type, { type Static, type TSchema, type TUnsafe } from 'typebox';

const declared = new Map<string, TSchema>();

/** Declares the component `name` and returns a reference to it, typed as the schema. */
export function component<S extends TSchema>(name: string, schema: S): TUnsafe<Static<S>> {
  const existing = declared.get(name);
  if (existing !== undefined && existing !== schema) throw new Error(`API component ${name} is declared twice`);
  declared.set(name, schema);
  return Type.Unsafe<Static<S>>({ $ref: `#/components/schemas/${name}` });
}

/** Every component declared so far, by name (the modules declaring them must have been imported). */
export function declaredComponents(): Readonly<Record<string, TSchema>> {
  return Object.fromEntries([...declared].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
