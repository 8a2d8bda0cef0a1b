// 一次告知: everything the applicant needs to know, once and completely, for the matters the answers
// include — departments, deduplicated materials (one material required by several matters is listed
// once), which are waived and why, time limits, visits, steps, and each matter's service-guide facts.
import type {
  Bundle,
  BundleMatter,
  DocumentReference,
  LegalBasis,
  LocalizedText,
  Material,
  Matter,
  Replacement,
  TimeLimit,
} from '@onego/schemas/types';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';

export interface SharedAvailability {
  /** E-licence types the data-sharing platform can provide for this applicant. */
  eLicences: readonly string[];
  /** Data elements the data-sharing platform can provide for this applicant. */
  elements: readonly string[];
}

export type Waiver =
  | { kind: 'e-licence'; eLicence: string; name: LocalizedText }
  | { kind: 'produced-in-bundle'; eLicence: string; name: LocalizedText; matterId: string }
  | { kind: 'shared-data'; elements: string[] }
  | { kind: 'merged-form' };

export interface NoticeMaterial {
  materialId: string;
  name: LocalizedText;
  issuer: LocalizedText;
  copies: number;
  original: Material['original'];
  medium: Material['medium'];
  key: boolean;
  /** False for materials needed only in some circumstances (requiredWhen says when). */
  required: boolean;
  requiredWhen?: LocalizedText;
  commitment?: LocalizedText;
  blankForm?: DocumentReference;
  sample?: DocumentReference;
  requiredBy: string[];
  waivedBy?: Waiver;
}

export interface NoticeMatter {
  matterId: string;
  name: LocalizedText;
  department: LocalizedText;
  implementingBody?: LocalizedText;
  kind: Matter['kind'];
  /** The limit that applies inside this bundle (the bundle's commitment when it gives one). */
  timeLimit: TimeLimit;
  ownCommittedTimeLimit: TimeLimit;
  legalTimeLimit: TimeLimit;
  after: string[];
  optional: boolean;
  visits: number;
  steps: { name: LocalizedText; timeLimit: TimeLimit }[];
  legalBasis: LegalBasis[];
  acceptanceConditions: LocalizedText[];
  fee?: Matter['fee'];
  blankForms: DocumentReference[];
  sampleForms: DocumentReference[];
  result: Matter['result'];
  autoApproval?: LocalizedText;
}

export interface OneTimeNotice {
  bundleId: string;
  bundleVersion: string;
  name: LocalizedText;
  matters: NoticeMatter[];
  /** Materials the applicant still submits. */
  materials: NoticeMaterial[];
  /** Materials the applicant need not submit, each with why. */
  waived: NoticeMaterial[];
  timeLimit: TimeLimit;
  visits: Bundle['visits'];
  steps: Bundle['steps'];
  issuance: Bundle['issuance'];
}

/** Matters that must be approved before `matterId` starts, transitively, among the included ones. */
function ancestors(matterId: string, byId: ReadonlyMap<string, BundleMatter>): Set<string> {
  const found = new Set<string>();
  const stack = [...(byId.get(matterId)?.after ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (found.has(next) || !byId.has(next)) continue;
    found.add(next);
    stack.push(...(byId.get(next)?.after ?? []));
  }
  return found;
}

const ORIGINAL_RANK = { copy: 0, original: 1, 'original-and-copy': 2 } as const;

function mergeOriginal(a: Material['original'], b: Material['original']): Material['original'] {
  if (a !== b && a !== 'original-and-copy' && b !== 'original-and-copy') return 'original-and-copy';
  return ORIGINAL_RANK[a] >= ORIGINAL_RANK[b] ? a : b;
}

function mergeMedium(a: Material['medium'], b: Material['medium']): Material['medium'] {
  if (a === b) return a;
  // Electronic is accepted only when every matter accepts it; paper likewise.
  const paper = a !== 'electronic' && b !== 'electronic';
  const electronic = a !== 'paper' && b !== 'paper';
  return paper && electronic ? 'paper-or-electronic' : paper ? 'paper' : 'electronic';
}

function waiverOf(
  replacements: readonly Replacement[],
  requiredBy: readonly string[],
  available: SharedAvailability,
  included: ReadonlyMap<string, BundleMatter>,
  matters: ReadonlyMap<string, Matter>,
  dictionary: DictionaryIndex,
): Waiver | undefined {
  for (const replacement of replacements) {
    if (replacement.mergedForm) return { kind: 'merged-form' };
  }
  for (const replacement of replacements) {
    const licence = replacement.eLicence;
    if (licence === undefined) continue;
    const name = dictionary.eLicences.get(licence)?.name ?? { zh: licence };
    const producer = [...included.keys()].find((id) => matters.get(id)?.result.eLicence === licence);
    if (producer && requiredBy.every((id) => id !== producer && ancestors(id, included).has(producer))) {
      return { kind: 'produced-in-bundle', eLicence: licence, name, matterId: producer };
    }
    if (available.eLicences.includes(licence)) return { kind: 'e-licence', eLicence: licence, name };
  }
  for (const replacement of replacements) {
    const elements = replacement.elements;
    if (elements && elements.every((id) => available.elements.includes(id))) return { kind: 'shared-data', elements: [...elements] };
  }
  return undefined;
}

export function oneTimeNotice(
  bundle: Bundle,
  included: readonly BundleMatter[],
  matters: ReadonlyMap<string, Matter>,
  dictionary: DictionaryIndex,
  available: SharedAvailability = { eLicences: bundle.sharedData?.eLicences ?? [], elements: bundle.sharedData?.elements ?? [] },
): OneTimeNotice {
  const byId = new Map(included.filter((e) => matters.has(e.matter)).map((e) => [e.matter, e]));
  const noticeMatters: NoticeMatter[] = [];
  const materials = new Map<string, { replacements: Replacement[]; merged: NoticeMaterial }>();

  for (const entry of byId.values()) {
    const matter = matters.get(entry.matter) as Matter;
    noticeMatters.push({
      matterId: matter.id,
      name: matter.name,
      department: matter.department.name,
      ...(matter.department.implementingBody ? { implementingBody: matter.department.implementingBody } : {}),
      kind: matter.kind,
      timeLimit: entry.committedTimeLimit ?? matter.timeLimits.committed,
      ownCommittedTimeLimit: matter.timeLimits.committed,
      legalTimeLimit: matter.timeLimits.legal,
      after: (entry.after ?? []).filter((id) => byId.has(id)),
      optional: entry.optional ?? false,
      visits: matter.visits.count,
      steps: matter.steps.map((s) => ({ name: s.name, timeLimit: s.timeLimit })),
      legalBasis: matter.legalBasis,
      acceptanceConditions: matter.acceptanceConditions ?? [],
      ...(matter.fee ? { fee: matter.fee } : {}),
      blankForms: matter.blankForms,
      sampleForms: matter.sampleForms,
      result: matter.result,
      ...(matter.autoApproval ? { autoApproval: matter.autoApproval.description } : {}),
    });
    for (const material of matter.materials) {
      const known = materials.get(material.id);
      if (known) {
        const m = known.merged;
        m.requiredBy.push(matter.id);
        known.replacements.push(...(material.replaceableBy ?? []));
        m.copies = Math.max(m.copies, material.copies);
        m.original = mergeOriginal(m.original, material.original);
        m.medium = mergeMedium(m.medium, material.medium);
        m.key ||= material.key ?? true;
        m.required ||= material.required ?? true;
        if (!material.commitment) delete m.commitment;
        continue;
      }
      const merged: NoticeMaterial = {
        materialId: material.id,
        name: material.name,
        issuer: material.issuer,
        copies: material.copies,
        original: material.original,
        medium: material.medium,
        key: material.key ?? true,
        required: material.required ?? true,
        ...(material.requiredWhen ? { requiredWhen: material.requiredWhen } : {}),
        ...(material.commitment ? { commitment: material.commitment } : {}),
        ...(material.blankForm ? { blankForm: material.blankForm } : {}),
        ...(material.sample ? { sample: material.sample } : {}),
        requiredBy: [matter.id],
      };
      materials.set(material.id, { replacements: [...(material.replaceableBy ?? [])], merged });
    }
  }

  const submitted: NoticeMaterial[] = [];
  const waived: NoticeMaterial[] = [];
  for (const { replacements, merged } of materials.values()) {
    const waiver = waiverOf(replacements, merged.requiredBy, available, byId, matters, dictionary);
    if (waiver) waived.push({ ...merged, waivedBy: waiver });
    else submitted.push(merged);
  }

  return {
    bundleId: bundle.id,
    bundleVersion: bundle.version,
    name: bundle.name,
    matters: noticeMatters,
    materials: submitted,
    waived,
    timeLimit: bundle.timeLimits.committed,
    visits: bundle.visits,
    steps: bundle.steps,
    issuance: bundle.issuance,
  };
}
