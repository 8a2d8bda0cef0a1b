// A row of the sheets applied to a matter's draft: each part the row says differently replaces the draft's
// (its English text kept where the Chinese stays the same); every part the row does not say — steps, form,
// result, a material's e-licence replacement, notes — is kept. Parts the sheets never carry are left out
// of a new matter: the designer adds them before publishing.
import type { Material, Matter } from '@onego/schemas/types';
import { firstFreeIn, idFromName } from '../generatedId.ts';
import { materialValuesOf, type MaterialValues } from './materialSheet.ts';
import { matterValuesOf, type MatterValues } from './matterSheet.ts';

export interface SheetDepartment {
  id: string;
  name: { zh: string; en?: string };
  region: string;
  regionName?: string;
}

export interface SheetRowInput {
  values: MatterValues;
  nameEn?: string;
  /** The row's materials, when a materials sheet was given (then they are the matter's materials). */
  materials?: { values: MaterialValues; nameEn?: string }[];
  department: SheetDepartment;
}

type Draft = Record<string, unknown> & { [K in keyof Matter]?: Matter[K] };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function mergeMaterials(base: readonly Material[], rows: NonNullable<SheetRowInput['materials']>): Material[] {
  const used = new Set<Material>();
  const ids = new Set(base.map((m) => m.id));
  return rows.map(({ values, nameEn }) => {
    const withOriginal = values.original !== undefined;
    const existing = base.find((m) => !used.has(m) && m.name.zh === values.name);
    if (existing) {
      used.add(existing);
      const before = materialValuesOf(existing, withOriginal);
      if (same(before, values) && (!nameEn || nameEn === existing.name.en)) return existing;
      const material: Material = { ...existing };
      if (nameEn && nameEn !== existing.name.en) material.name = { zh: existing.name.zh, en: nameEn };
      if (before.issuer !== values.issuer) material.issuer = { zh: values.issuer };
      if (before.copies !== values.copies) material.copies = values.copies;
      if (before.medium !== values.medium) material.medium = values.medium;
      if (values.original && before.original !== values.original) material.original = values.original;
      if (before.necessity !== values.necessity) {
        if (values.necessity === '非必要') material.required = false;
        else delete material.required;
        material.key = values.necessity === '必要';
      }
      return material;
    }
    const id = firstFreeIn(idFromName(values.name, 'material'), ids);
    ids.add(id);
    return {
      id,
      name: { zh: values.name, en: nameEn ?? values.name },
      issuer: { zh: values.issuer },
      copies: values.copies,
      original: values.original ?? 'original',
      medium: values.medium,
      ...(values.necessity === '非必要' ? { required: false } : {}),
      key: values.necessity === '必要',
    };
  });
}

/** The draft the row makes of `base` (the entry's draft or latest version; undefined: a new matter). */
export function mergeSheetRow(base: Draft | undefined, input: SheetRowInput): Draft {
  const { values, department } = input;
  const draft: Draft = base ? structuredClone(base) : { version: '1.0.0', blankForms: [], sampleForms: [] };
  const before = matterValuesOf(draft);
  if (before.name !== values.name || (input.nameEn && input.nameEn !== draft.name?.en)) {
    draft.name = { zh: values.name, en: input.nameEn ?? (before.name === values.name ? (draft.name?.en ?? values.name) : values.name) };
  }
  if (before.code !== values.code) {
    if (values.code) draft.code = values.code;
    else delete draft.code;
  }
  if (before.body !== values.body) {
    draft.department = {
      id: department.id,
      name: { zh: department.name.zh, en: department.name.en ?? department.name.zh },
      ...(department.regionName ? { region: { divisionCode: department.region, name: { zh: department.regionName } } } : {}),
    };
  }
  if (before.kind !== values.kind) draft.kind = values.kind;
  if (!same(before.legal, values.legal) || !same(before.committed, values.committed)) {
    draft.timeLimits = { ...draft.timeLimits, legal: values.legal, committed: values.committed };
  }
  if (before.visits !== values.visits) draft.visits = { count: values.visits };
  if (!same(before.fee, values.fee)) draft.fee = { charged: values.fee.charged, ...(values.fee.note ? { note: { zh: values.fee.note } } : {}) };
  if (!same(before.legalBasis, values.legalBasis)) {
    const known = draft.legalBasis ?? [];
    draft.legalBasis = values.legalBasis.map((b) => {
      const title = known.find((k) => k.title.zh === b.title)?.title ?? { zh: b.title };
      return { title, ...(b.article ? { article: b.article } : {}) };
    });
  }
  if (input.materials) {
    const materials = mergeMaterials(draft.materials ?? [], input.materials);
    if (!same(materials, draft.materials ?? [])) draft.materials = materials;
  }
  return draft;
}
