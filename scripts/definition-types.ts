// Compiles the definition-format schemas into one TypeScript module with json-schema-to-typescript.
// All schemas are compiled through one synthetic root so that shared $defs are declared once.
import { compile } from 'json-schema-to-typescript';
import { fileURLToPath } from 'node:url';

const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));

const HEADER = `/* eslint-disable */
// DO NOT EDIT. Generated from schemas/*.schema.json by \`npm run gen\` (scripts/gen-types.ts).
// A test fails when this file is stale.
`;

export async function generateDefinitionTypes(): Promise<string> {
  const root = {
    title: 'OneGoDefinitions',
    description: 'Every kind of OneGo definition document (generation root, not a document itself).',
    type: 'object',
    properties: {
      dictionary: { $ref: 'data-elements.schema.json' },
      matter: { $ref: 'matter.schema.json' },
      bundle: { $ref: 'bundle.schema.json' },
      calendar: { $ref: 'calendar.schema.json' },
      application: { $ref: 'application.schema.json' },
    },
    additionalProperties: false,
  };
  const body = await compile(root as never, 'OneGoDefinitions', {
    cwd: schemasDir,
    bannerComment: '',
    declareExternallyReferenced: true,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  return HEADER + body;
}
