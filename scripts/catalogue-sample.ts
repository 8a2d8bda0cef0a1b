// Writes the sample catalogue export of examples/catalogue/ (npm run sample:catalogue): the examples'
// matters as rows, generated from examples/*/matters (so that their codes and values stay those of the
// files), followed by the rows kept by hand in matters.csv and materials.csv (the other region's matters);
// then the same rows as 事项库示例.xlsx. Run it after changing an example matter or a hand-kept row.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDefinitions } from '@onego/engine';
import { catalogueCsv, catalogueRows, catalogueXlsx, MATERIAL_HEADERS, MATTER_HEADERS, type SheetRows } from '../runtime/src/catalogue/import/catalogueExport.ts';
import { readCatalogueFiles } from '../runtime/src/catalogue/import/catalogueFiles.ts';
import { readDefinitionFiles } from '../runtime/src/definitions/readDefinitionFiles.ts';

const folder = path.join('examples', 'catalogue');
const EXAMPLE_CODE = /^EX-/;

const read = await readDefinitionFiles(['examples']);
const { definitions, issues } = loadDefinitions(read.documents);
if (issues.length > 0 || read.problems.length > 0) throw new Error('the examples have definition problems: run npx onego validate examples');
const regionOf = new Map<string, { divisionCode: string; name: { zh: string } }>();
for (const { definition } of [...definitions.bundles].sort((a, b) => a.definition.id.localeCompare(b.definition.id))) {
  for (const entry of definition.matters) if (definition.region && !regionOf.has(entry.matter)) regionOf.set(entry.matter, definition.region);
}
const examples = [...definitions.matters.values()]
  .map(({ definition }) => definition)
  .sort((a, b) => (a.code ?? a.id).localeCompare(b.code ?? b.id))
  .map((matter) => ({ matter, region: regionOf.get(matter.id)?.divisionCode ?? 'national', regionName: regionOf.get(matter.id)?.name.zh ?? '' }));
const generated = catalogueRows(examples);

const files = await Promise.all(['matters.csv', 'materials.csv'].map(async (name) => ({ name, bytes: await readFile(path.join(folder, name)) })));
const kept = await readCatalogueFiles(files);
const rowsOf = (kind: 'matters' | 'materials'): SheetRows =>
  kept.sheets
    .filter((s) => s.kind === kind)
    .flatMap((s) => s.rows.map((r) => Object.fromEntries(r.cells)))
    .filter((row) => !EXAMPLE_CODE.test(row['事项编码'] ?? ''));
const sheets = { matters: [...generated.matters, ...rowsOf('matters')], materials: [...generated.materials, ...rowsOf('materials')] };

await writeFile(path.join(folder, 'matters.csv'), catalogueCsv(MATTER_HEADERS, sheets.matters));
await writeFile(path.join(folder, 'materials.csv'), catalogueCsv(MATERIAL_HEADERS, sheets.materials));
await writeFile(path.join(folder, '事项库示例.xlsx'), await catalogueXlsx(sheets, new Date('2026-01-01T00:00:00Z')));
console.log(`wrote ${folder}: ${sheets.matters.length} matters (${generated.matters.length} of the examples), ${sheets.materials.length} materials`);
