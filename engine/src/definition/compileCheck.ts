// INVALID_SCHEMA when a JSON Schema fragment (condition, rule) does not compile.
import type { Ajv } from '../validation/createAjv.ts';
import { issueOf, type DefinitionIssue } from './definitionIssue.ts';

export function compileProblem(ajv: Ajv, fragment: unknown, file: string, path: string): DefinitionIssue | null {
  try {
    ajv.compile(fragment as object);
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return issueOf('INVALID_SCHEMA', file, path, { detail });
  }
}
