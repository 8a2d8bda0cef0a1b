// The bundle's matters that the scenario answers include: no condition, or answers valid against it.
import type { Bundle, BundleMatter } from '@onego/schemas/types';
import type { Ajv } from '../validation/createAjv.ts';

export function includedMatters(bundle: Bundle, answers: unknown, ajv: Ajv): BundleMatter[] {
  return bundle.matters.filter((entry) => entry.condition === undefined || ajv.validate(entry.condition, answers) === true);
}
