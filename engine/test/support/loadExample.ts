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

/** Changes to an example's documents before they are loaded: each document's JSON in, its JSON out. */
export type Overlay = (json: Record<string, unknown>) => Record<string, unknown>;

interface ReviewOverlay {
  matters: Record<string, { steps: unknown[] }>;
  resultMappings: unknown[];
}

/**
 * An overlay giving matters the review steps and the bundle the result mappings of a fixture (e.g.
 * engine/test/fixtures/newborn-steps/review.json), so that the example itself stays as the runtime runs it.
 */
export function withReview(fixture: string): Overlay {
  const review = JSON.parse(readFileSync(fixture, 'utf8')) as ReviewOverlay;
  return (json) => {
    const id = json['id'];
    if (typeof id !== 'string') return json;
    if (String(json['$schema']).includes('bundle')) return { ...json, resultMappings: review.resultMappings };
    const steps = review.matters[id]?.steps;
    return steps ? { ...json, review: { steps } } : json;
  };
}

export function loadExample(name: string, overlay: Overlay = (json) => json): LoadedExample {
  const folder = path.join('examples', name);
  const documents = jsonFiles(folder).map((file) => ({ file, json: overlay(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) }));
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
