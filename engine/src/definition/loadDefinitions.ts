// From parsed definition documents to a checked definition set: each document is checked against
// its schema, then across documents (references, dependencies, conditions, constraints).
import type { ApplicationInput, Bundle, Calendar, DataElementDictionary, Matter } from '@onego/schemas/types';
import standardDictionary from '../../data/data-elements.cn-standard.json' with { type: 'json' };
import { createDefinitionAjv, type Ajv } from '../validation/createAjv.ts';
import { describeAjvError, meaningfulErrors, pathOf } from '../validation/validationIssues.ts';
import { checkBundle } from './checkBundle.ts';
import { checkCalendar } from './checkCalendar.ts';
import { checkDictionary } from './checkDictionary.ts';
import { checkMatter } from './checkMatter.ts';
import { issueOf, pointer, type DefinitionIssue } from './definitionIssue.ts';
import { indexDictionaries, type DictionaryIndex } from './dictionaryIndex.ts';
import { KIND_LABELS, kindOf, schemaIdOf, type DocumentKind } from './documentKind.ts';
import { duplicateIds } from './duplicateIds.ts';

/** A parsed definition document and the name it is reported under (usually its file path). */
export interface SourceDocument {
  file: string;
  json: unknown;
}

export interface Located<T> {
  file: string;
  definition: T;
}

export interface DefinitionSet {
  dictionaries: Map<string, Located<DataElementDictionary>>;
  matters: Map<string, Located<Matter>>;
  bundles: Located<Bundle>[];
  calendars: Located<Calendar>[];
  applications: Located<ApplicationInput>[];
  /** All loaded dictionaries, looked up by entity, element and e-licence id. */
  dictionary: DictionaryIndex;
}

export interface LoadResult {
  definitions: DefinitionSet;
  issues: DefinitionIssue[];
}

export const STANDARD_DICTIONARY_FILE = 'engine/data/data-elements.cn-standard.json';
export const STANDARD_DICTIONARY = standardDictionary as DataElementDictionary;

export interface LoadOptions {
  /** Load the standard dictionary (cn-standard) before the documents. Default true. */
  standardDictionary?: boolean;
  /** Reuse an ajv (compiling the definition schemas takes a few milliseconds). */
  ajv?: Ajv;
}

function schemaIssues(ajv: Ajv, kind: DocumentKind, document: SourceDocument): DefinitionIssue[] {
  const validate = ajv.getSchema(schemaIdOf(kind));
  if (!validate || validate(document.json)) return [];
  return meaningfulErrors(validate.errors ?? []).map((error) =>
    issueOf('SCHEMA_VIOLATION', document.file, pathOf(error), {
      kind: KIND_LABELS[kind],
      detail: { zh: describeAjvError(error, 'zh', document.json), en: describeAjvError(error, 'en', document.json) },
    }),
  );
}

function idOf(json: unknown): string | undefined {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

export function loadDefinitions(documents: readonly SourceDocument[], options: LoadOptions = {}): LoadResult {
  const ajv = options.ajv ?? createDefinitionAjv();
  const issues: DefinitionIssue[] = [];
  const sorted: Record<DocumentKind, SourceDocument[]> = { dictionary: [], matter: [], bundle: [], calendar: [], application: [] };
  const brokenMatters = new Set<string>();

  const all = options.standardDictionary === false ? [...documents] : [{ file: STANDARD_DICTIONARY_FILE, json: standardDictionary }, ...documents];
  for (const document of all) {
    const kind = kindOf(document.json);
    if (!kind) {
      const schema = (document.json as { $schema?: unknown } | null)?.$schema;
      issues.push(issueOf('UNKNOWN_KIND', document.file, typeof schema === 'string' ? pointer('$schema') : '', { schema: typeof schema === 'string' ? schema : JSON.stringify(schema ?? null) }));
      continue;
    }
    const problems = schemaIssues(ajv, kind, document);
    issues.push(...problems);
    if (problems.length === 0) sorted[kind].push(document);
    else if (kind === 'matter' && idOf(document.json)) brokenMatters.add(idOf(document.json) as string);
  }

  const locate = <T>(document: SourceDocument): Located<T> => ({ file: document.file, definition: document.json as T });
  const dictionaries = sorted.dictionary.map((d) => locate<DataElementDictionary>(d));
  const matters = sorted.matter.map((d) => locate<Matter>(d));
  issues.push(
    ...duplicateIds(dictionaries.map((d) => ({ id: d.definition.id, file: d.file, path: pointer('id') })), { zh: '数据元字典', en: 'dictionary' }),
    ...duplicateIds(matters.map((m) => ({ id: m.definition.id, file: m.file, path: pointer('id') })), { zh: '事项', en: 'matter' }),
  );
  const definitions: DefinitionSet = {
    dictionaries: new Map(dictionaries.map((d) => [d.definition.id, d])),
    matters: new Map(),
    bundles: sorted.bundle.map((d) => locate<Bundle>(d)),
    calendars: sorted.calendar.map((d) => locate<Calendar>(d)),
    applications: sorted.application.map((d) => locate<ApplicationInput>(d)),
    dictionary: indexDictionaries(dictionaries.map((d) => d.definition)),
  };
  for (const matter of matters) if (!definitions.matters.has(matter.definition.id)) definitions.matters.set(matter.definition.id, matter);

  const context = { ajv, dictionary: definitions.dictionary };
  for (const { file, definition } of dictionaries) issues.push(...checkDictionary(definition, file));
  for (const { file, definition } of matters) issues.push(...checkMatter(definition, file, context));
  const matterDefinitions = new Map([...definitions.matters].map(([id, m]) => [id, m.definition]));
  for (const { file, definition } of definitions.bundles) {
    issues.push(
      ...checkBundle(definition, file, {
        ...context,
        matters: matterDefinitions,
        brokenMatters,
        dictionaryIds: new Set(definitions.dictionaries.keys()),
      }),
    );
  }
  for (const { file, definition } of definitions.calendars) issues.push(...checkCalendar(definition, file));
  return { definitions, issues };
}
