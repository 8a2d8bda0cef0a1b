// The bundle being designed — the definition format itself ({bundle, matters}), as POST /api/bundles
// takes it — with the edits the designer makes, and its check and compilation by the engine in the
// browser: the same loadDefinitions the runtime's check uses, the same compileBundle it runs.
import {
  compileBundle,
  createDefinitionAjv,
  indexDictionaries,
  loadDefinitions,
  localDictionaries,
  STANDARD_DICTIONARY,
  type CompiledBundle,
  type DefinitionIssue,
  type DictionaryIndex,
} from '@onego/engine';
import type { Bundle, BundleMatter, DataElement, Matter } from '@onego/schemas/types';
import { idFromName } from './generatedId.ts';
import { localElements } from './localElements.ts';

export interface DesignDraft {
  bundle: Bundle;
  matters: Matter[];
  /** The local data elements a stored version or draft binds (the runtime puts them in; never edited here). */
  localElements?: DataElement[];
}

const BUNDLE_SCHEMA = 'https://onego.dev/schemas/v1/bundle.schema.json';
const MATTER_SCHEMA = 'https://onego.dev/schemas/v1/matter.schema.json';

/** A bundle with nothing in it yet but what every bundle has: the three steps, one visit at most, unified issuance. */
export function blankBundle(taken?: ReadonlySet<string>): Bundle {
  const name = { zh: '新的一件事', en: 'A new bundle' };
  return {
    id: bundleIdFor(name.zh, taken),
    version: '1.0.0',
    name,
    dictionary: 'cn-standard',
    questions: { type: 'object', properties: {}, required: [] },
    matters: [],
    steps: [
      { id: 'apply', name: { zh: '一表申请', en: 'One merged application' } },
      { id: 'parallel-review', name: { zh: '并联审批', en: 'Parallel approval' } },
      { id: 'unified-issuance', name: { zh: '统一发证', en: 'Unified issuance' } },
    ],
    timeLimits: { committed: { days: 5, kind: 'working' } },
    visits: { count: 0 },
    issuance: { mode: 'unified', delivery: ['electronic'] },
  };
}

/** The id of a new bundle, made from its Chinese name (the designer never types it): base, base-2 … the first not `taken`. */
export function bundleIdFor(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base = idFromName(name, 'b');
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export const withBundle = (draft: DesignDraft, change: Partial<Bundle>): DesignDraft => ({ ...draft, bundle: { ...draft.bundle, ...change } });

/** Picks a matter of the catalogue: the bundle names it and carries its definition. */
export function addMatter(draft: DesignDraft, matter: Matter): DesignDraft {
  if (draft.bundle.matters.some((m) => m.matter === matter.id)) return draft;
  return {
    bundle: { ...draft.bundle, matters: [...draft.bundle.matters, { matter: matter.id }] },
    matters: [...draft.matters.filter((m) => m.id !== matter.id), structuredClone(matter)],
  };
}

/** Drops a matter, and every dependency on it. */
export function removeMatter(draft: DesignDraft, matterId: string): DesignDraft {
  const entries = draft.bundle.matters
    .filter((m) => m.matter !== matterId)
    .map((m) => {
      if (!m.after?.includes(matterId)) return m;
      const after = m.after.filter((a) => a !== matterId);
      const rest: BundleMatter = { ...m };
      delete rest.after;
      return after.length > 0 ? { ...rest, after } : rest;
    });
  return { bundle: { ...draft.bundle, matters: entries }, matters: draft.matters.filter((m) => m.id !== matterId) };
}

export function updateEntry(draft: DesignDraft, matterId: string, change: (entry: BundleMatter) => BundleMatter): DesignDraft {
  return withBundle(draft, { matters: draft.bundle.matters.map((m) => (m.matter === matterId ? change(m) : m)) });
}

export function updateMatter(draft: DesignDraft, matterId: string, change: (matter: Matter) => Matter): DesignDraft {
  return { ...draft, matters: draft.matters.map((m) => (m.id === matterId ? change(m) : m)) };
}

/** Where a document of the draft is, as the runtime's check names it ("bundle", "matters/<index>"). */
const matterFile = (index: number) => `matters/${index}`;

let ajv: ReturnType<typeof createDefinitionAjv> | undefined;
/** The standard dictionary and the local data elements (本地区数据元) known here (localElements.ts). */
let dictionary: { local: readonly DataElement[]; index: DictionaryIndex } | undefined;

/** The one ajv of the definition format the designer checks with (compiling its schemas takes a while). */
export const definitionAjv = (): ReturnType<typeof createDefinitionAjv> => (ajv ??= createDefinitionAjv());

/** The definition issues, exactly as the runtime's POST /api/bundles finds them (`local`: the local data elements known). */
export function checkDraft(draft: DesignDraft, local: readonly DataElement[] = localElements()): DefinitionIssue[] {
  const documents = [
    ...localDictionaries(local).map((json) => ({ file: 'localElements', json })),
    { file: 'bundle', json: { $schema: BUNDLE_SCHEMA, ...draft.bundle } },
    ...draft.matters.map((matter, i) => ({ file: matterFile(i), json: { $schema: MATTER_SCHEMA, ...matter } })),
  ];
  return loadDefinitions(documents, { ajv: definitionAjv() }).issues;
}

/** The draft compiled as the runtime compiles a published bundle; undefined while it has issues. */
export function compileDraft(draft: DesignDraft, issues: readonly DefinitionIssue[], local: readonly DataElement[] = localElements()): CompiledBundle | undefined {
  if (issues.length > 0 || draft.bundle.matters.length === 0) return undefined;
  try {
    return compileBundle({ bundle: draft.bundle, matters: new Map(draft.matters.map((m) => [m.id, m])), dictionary: knownDictionary(local) });
  } catch {
    return undefined;
  }
}

/** The id of the element to focus for fixing an issue (see the editor's ids). */
export function placeOf(issue: Pick<DefinitionIssue, 'file' | 'path'>, draft: DesignDraft): string {
  const segments = issue.path.split('/').filter(Boolean);
  const matterIndex = /^matters\/(\d+)$/.exec(issue.file);
  if (matterIndex) {
    const matter = draft.matters[Number(matterIndex[1])];
    if (!matter) return 'design-matters';
    if (segments[0] === 'form' && segments[1] === 'fields' && segments[2] !== undefined) return `field-${matter.id}-${segments[2]}`;
    return `matter-${matter.id}`;
  }
  if (segments[0] === 'matters' && segments[1] !== undefined) {
    const entry = draft.bundle.matters[Number(segments[1])];
    if (!entry) return 'design-matters';
    if (segments[2] === 'condition') return `condition-${entry.matter}`;
    if (segments[2] === 'after') return `after-${entry.matter}`;
    return `matter-${entry.matter}`;
  }
  if (segments[0] === 'matters') return 'design-catalogue';
  if (segments[0] === 'questions') {
    const id = segments[1] === 'properties' ? segments[2] : undefined;
    return id ? `question-${id}` : 'design-questions';
  }
  if (segments[0] === 'repeatLimits') {
    if (segments[1] === undefined) return 'design-repeat';
    return segments[2] === 'condition' ? `condition-repeat-${segments[1]}` : `repeat-limit-${segments[1]}`;
  }
  // the id is made from the name: a problem with it is fixed there
  if (segments[0] === 'id' || segments[0] === 'name') return 'bundle-name-zh';
  if (segments[0] === 'timeLimits') return 'bundle-days';
  if (segments[0] === 'visits') return 'bundle-visits';
  return 'design-basics';
}

/** The data element dictionary, indexed: the standard one and the local elements known here (labels and options of bound fields). */
export function knownDictionary(local: readonly DataElement[] = localElements()): DictionaryIndex {
  if (dictionary?.local !== local) dictionary = { local, index: indexDictionaries([STANDARD_DICTIONARY, ...localDictionaries(local)]) };
  return dictionary.index;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A saved draft as the editor can show it. A draft is saved with its problems, and one saved over the API
 * may lack parts of a bundle the editor always shows: those missing (or not objects / arrays where the
 * format has them) come from a blank bundle, matters that are not objects are left out; the check then
 * lists what is still wrong.
 */
export function openable(definition: unknown): DesignDraft {
  const saved = isObject(definition) ? definition : {};
  const blank = blankBundle() as unknown as Record<string, unknown>;
  const bundle: Record<string, unknown> = { ...blank };
  for (const [key, value] of Object.entries(isObject(saved['bundle']) ? saved['bundle'] : {})) {
    const expected = blank[key];
    const fits = expected === undefined || (Array.isArray(expected) ? Array.isArray(value) : isObject(expected) ? isObject(value) : typeof value === typeof expected);
    if (fits) bundle[key] = value;
  }
  bundle['matters'] = (bundle['matters'] as unknown[]).filter(isObject);
  const limits = bundle['timeLimits'] as Record<string, unknown>;
  if (!isObject(limits['committed'])) bundle['timeLimits'] = { ...limits, committed: (blank['timeLimits'] as Record<string, unknown>)['committed'] };
  const matters = Array.isArray(saved['matters']) ? saved['matters'].filter(isObject) : [];
  return { bundle: bundle as unknown as Bundle, matters: matters as unknown as Matter[] };
}
