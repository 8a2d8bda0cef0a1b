// DUPLICATE_ID issues for a list of ids with the places they stand.
import { issueOf, type DefinitionIssue } from './definitionIssue.ts';

export interface IdPlace {
  id: string;
  file: string;
  path: string;
}

export function duplicateIds(places: readonly IdPlace[], what: { zh: string; en: string }): DefinitionIssue[] {
  const first = new Map<string, IdPlace>();
  const issues: DefinitionIssue[] = [];
  for (const place of places) {
    const earlier = first.get(place.id);
    if (earlier) {
      const other = earlier.file === place.file ? earlier.path : `${earlier.file}${earlier.path}`;
      issues.push(issueOf('DUPLICATE_ID', place.file, place.path, { what, id: place.id, other }));
    } else {
      first.set(place.id, place);
    }
  }
  return issues;
}
