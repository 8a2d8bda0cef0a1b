// Generates schemas/generated/definitions.ts from the JSON Schemas in schemas/ (npm run gen).
// With --check it writes nothing and exits 1 when the checked-in file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateDefinitionTypes } from './definition-types.ts';

const target = fileURLToPath(new URL('../schemas/generated/definitions.ts', import.meta.url));
const generated = await generateDefinitionTypes();
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('schemas/generated/definitions.ts is stale: run `npm run gen`.');
    process.exit(1);
  }
  console.log('schemas/generated/definitions.ts is current.');
} else {
  await writeFile(target, generated);
  console.log(`wrote ${target}`);
}
