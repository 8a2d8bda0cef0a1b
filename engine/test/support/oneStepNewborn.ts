// Test support: the newborn example as its matters were before they walked review steps — every matter
// decided in one APPROVE, no result mappings — for the tests about one-step statechart behaviour
// (inclusion, dependencies, 秒批, 补正, fees, issuance). The steps themselves: reviewSteps.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import type { ApplicationInput, Bundle, Matter } from '@onego/schemas/types';

const EXAMPLE = new URL('../../../examples/newborn/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, EXAMPLE), 'utf8')) as T;

function oneStep(matter: Matter): Matter {
  const rest = { ...matter };
  delete rest.review;
  return rest;
}

const bundle = readJson<Bundle>('bundle.json');
delete bundle.resultMappings;

/** The bundle without result mappings. */
export const oneStepBundle: Bundle = bundle;

/** The matters by id, without review steps. */
export const oneStepMatters: ReadonlyMap<string, Matter> = new Map(
  readdirSync(new URL('matters/', EXAMPLE))
    .map((file) => oneStep(readJson<Matter>(`matters/${file}`)))
    .map((matter) => [matter.id, matter] as const),
);

/** A sample application of the example (samples/<name>.json). */
export const newbornSample = (name: string): ApplicationInput => readJson<ApplicationInput>(`samples/${name}.json`);
