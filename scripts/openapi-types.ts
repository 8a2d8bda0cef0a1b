// Compiles the HTTP API's OpenAPI document (runtime/src/openapi/) into the web app's API types with
// openapi-typescript. The document refers to the definition-format schemas by their $id
// (https://onego.dev/schemas/v1/…); those refs are pointed at the files in schemas/ so that the bundler
// reads them from disk, never from the network, and declares their pieces under components.schemas.
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../runtime/src/openapi/openApiDocument.ts';

const DEFINITION_SCHEMA_BASE = 'https://onego.dev/schemas/v1/';
const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));

const HEADER = `/* eslint-disable */
// DO NOT EDIT. Generated from the OpenAPI document (runtime/src/openapi/, served at GET /api/openapi.json)
// and schemas/*.schema.json by \`npm run gen\` (scripts/gen-types.ts). \`npm run gen -- --check\` fails when
// this file is stale. The web app names the types it uses in designer/src/api/types.ts.
`;

export async function generateOpenApiTypes(): Promise<string> {
  const document = JSON.parse(JSON.stringify(openApiDocument()).replaceAll(DEFINITION_SCHEMA_BASE, schemasDir)) as OpenAPI3;
  // An object schema without properties (form data, a JSON Schema) is any object, not an empty one.
  const nodes = await openapiTS(document, { emptyObjectsUnknown: true });
  return HEADER + astToString(nodes);
}
