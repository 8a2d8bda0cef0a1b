// Compiles the HTTP API's OpenAPI document (runtime/src/openapi/) into the web app's API types with
// openapi-typescript. The document refers to pieces of the definition format by their $id
// (https://onego.dev/schemas/v1/<file>.schema.json#<pointer>); those become the types already generated
// from schemas/ (@onego/schemas/types, named by the schema's title), so that a bundle the API returns is
// the same type the engine reads, and nothing is fetched from the network.
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { openApiDocument } from '../runtime/src/openapi/openApiDocument.ts';

const DEFINITION_SCHEMA_BASE = 'https://onego.dev/schemas/v1/';
const MARK = 'x-onego-definition';

const HEADER = `/* eslint-disable */
// DO NOT EDIT. Generated from the OpenAPI document (runtime/src/openapi/, served at GET /api/openapi.json)
// by \`npm run gen\` (scripts/gen-types.ts); \`npm run gen -- --check\` fails when this file is stale.
// The web app names the types it uses in designer/src/api/types.ts.
`;

type Json = Record<string, unknown>;

/** The type of schemas/generated/definitions.ts a definition $ref names: its title, then property lookups. */
function definitionType(ref: string): { root: string; properties: string[] } {
  const [file = '', pointer = ''] = ref.slice(DEFINITION_SCHEMA_BASE.length).split('#');
  const schema = JSON.parse(readFileSync(new URL(`../schemas/${file}`, import.meta.url), 'utf8')) as Json;
  const segments = pointer.split('/').slice(1);
  let target = schema;
  if (segments[0] === '$defs') target = ((schema['$defs'] ?? {}) as Record<string, Json>)[segments[1] ?? ''] ?? {};
  const properties = segments.slice(segments[0] === '$defs' ? 2 : 0);
  const root = target['title'];
  if (typeof root !== 'string' || properties.length % 2 !== 0 || properties.some((s, i) => i % 2 === 0 && s !== 'properties')) {
    throw new Error(`no generated definition type for ${ref}: refer to a titled schema or $defs entry, or its properties`);
  }
  return { root, properties: properties.filter((_, i) => i % 2 === 1) };
}

/** The document with each definition $ref replaced by a mark naming its type (other keywords kept). */
function markDefinitions(node: unknown, used: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => markDefinitions(item, used));
  if (typeof node !== 'object' || node === null) return node;
  const { $ref, ...rest } = node as Json;
  const marked = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, markDefinitions(value, used)]));
  if (typeof $ref !== 'string' || !$ref.startsWith(DEFINITION_SCHEMA_BASE)) return $ref === undefined ? marked : { $ref, ...marked };
  const type = definitionType($ref);
  used.add(type.root);
  // openapi-typescript hands only schemas with a type to `transform`; the mark's type is never output.
  return { type: 'object', [MARK]: type, ...marked };
}

function typeNode({ root, properties }: { root: string; properties: string[] }): ts.TypeNode {
  return properties.reduce<ts.TypeNode>(
    (type, property) => ts.factory.createIndexedAccessTypeNode(type, ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(property))),
    ts.factory.createTypeReferenceNode(root),
  );
}

export async function generateOpenApiTypes(): Promise<string> {
  const used = new Set<string>();
  const document = markDefinitions(openApiDocument(), used) as OpenAPI3;
  const nodes = await openapiTS(document, {
    // An object schema without properties (form data, a JSON Schema) is any object, not an empty one.
    emptyObjectsUnknown: true,
    transform: (schema) => {
      const type = (schema as Json)[MARK] as { root: string; properties: string[] } | undefined;
      return type ? typeNode(type) : undefined;
    },
  });
  const imports = `import type { ${[...used].sort().join(', ')} } from "@onego/schemas/types";\n\n`;
  return HEADER + imports + astToString(nodes);
}
