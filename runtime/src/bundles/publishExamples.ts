// On first start, publish the example bundles (each bundle with the matters it names) that are not
// published yet. Examples with definition problems are skipped with a log line, never half-published.
import type { Logger } from 'pino';
import { loadDefinitions } from '@onego/engine';
import type { Bundle, Matter } from '@onego/schemas/types';
import { readDefinitionFiles } from '../definitions/readDefinitionFiles.ts';
import type { BundleCatalog } from './bundleCatalog.ts';

const withoutSchema = <T extends { $schema?: string }>(document: T): T => {
  const copy = { ...document };
  delete copy.$schema;
  return copy;
};

export async function publishExamples(catalog: BundleCatalog, examplesDir: string, now: string, log: Logger): Promise<string[]> {
  const read = await readDefinitionFiles([examplesDir]);
  const { definitions, issues } = loadDefinitions(read.documents);
  if (read.problems.length > 0 || issues.length > 0) {
    log.warn({ problems: read.problems.length, issues: issues.length }, 'examples have definition problems; not published');
    return [];
  }
  const published: string[] = [];
  for (const { definition } of definitions.bundles) {
    if (await catalog.version(definition.id)) continue;
    const matters = definition.matters
      .map((entry) => definitions.matters.get(entry.matter)?.definition)
      .filter((m): m is Matter => m !== undefined)
      .map(withoutSchema);
    await catalog.publish({ bundle: withoutSchema<Bundle>(definition), matters }, 'system', now);
    published.push(definition.id);
  }
  return published;
}
