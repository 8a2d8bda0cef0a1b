// Generates the checked-in types (npm run gen): schemas/generated/definitions.ts from the JSON Schemas in
// schemas/, and designer/src/api/generated/openapi.ts from the HTTP API's OpenAPI document.
// With --check it writes nothing and exits 1 when a checked-in file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDefinitionTypes } from './definition-types.ts';
import { generateOpenApiTypes } from './openapi-types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets: [string, () => Promise<string>][] = [
  ['schemas/generated/definitions.ts', generateDefinitionTypes],
  ['designer/src/api/generated/openapi.ts', generateOpenApiTypes],
];
const check = process.argv.includes('--check');
let stale = false;
for (const [file, generate] of targets) {
  const target = path.join(root, file);
  const generated = await generate();
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current === generated) console.log(`${file} is current.`);
    else {
      console.error(`${file} is stale: run \`npm run gen\`.`);
      stale = true;
    }
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, generated);
    console.log(`wrote ${file}`);
  }
}
if (stale) process.exit(1);
