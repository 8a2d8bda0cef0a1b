// Test support: loads an example bundle folder from disk (tests may do I/O; the engine does not).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compileBundle, createAjv, loadDefinitions, type CompiledBundle, type DefinitionSet } from '../../src/index.ts';

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

interface SampleInput {
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
  sharedData?: Record<string, unknown>;
}

export interface LoadedExample {
  definitions: DefinitionSet;
  compiled: CompiledBundle;
  sample: (name: string) => SampleInput;
}

const ajv = createAjv();

export function loadExample(name: string): LoadedExample {
  const folder = path.join('examples', name);
  const documents = jsonFiles(folder).map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
  const { definitions, issues } = loadDefinitions(documents);
  if (issues.length > 0) throw new Error(`example ${name} has issues: ${JSON.stringify(issues)}`);
  const bundle = definitions.bundles[0];
  if (!bundle) throw new Error(`example ${name} has no bundle`);
  const matters = new Map([...definitions.matters].map(([id, m]) => [id, m.definition]));
  const compiled = compileBundle({ bundle: bundle.definition, matters, dictionary: definitions.dictionary, file: bundle.file }, ajv);
  return {
    definitions,
    compiled,
    sample: (sampleName) => {
      const found = definitions.applications.find((a) => path.basename(a.file) === `${sampleName}.json`);
      if (!found) throw new Error(`no sample ${sampleName} in ${name}`);
      return found.definition;
    },
  };
}
