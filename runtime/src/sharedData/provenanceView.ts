// Provenance and shared data as a reader of an application may see them. The applicant (and an admin) see
// every value's provenance and every e-licence used; an officer only those of their own department's
// matters (数据最小化), as with the data itself.
import { deepMerge, inLang, projectForMatter, valueProvenance, type CompiledBundle, type Lang, type ValueProvenance } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Principal } from '../auth/principal.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { readProvenance, readSharedData } from './storedSharedData.ts';
import { dataOf } from '../db/packedJson.ts';

/** The matters of the viewer's department, when the viewer is an officer; undefined for anyone else. */
function officerMatters(compiled: CompiledBundle, viewer: Principal | undefined): Matter[] | undefined {
  if (viewer?.role !== 'officer') return undefined;
  return [...compiled.matters.values()].filter((m) => m.department.id === viewer.department);
}

/** The part of the data the viewer may see: all of it, or for an officer their matters' fields only. */
function visibleData(data: unknown, matters: readonly Matter[] | undefined): unknown {
  if (!matters) return data;
  return matters.reduce<unknown>((seen, matter) => deepMerge(seen, projectForMatter(data, matter)), {});
}

/** Every visible value's provenance, by JSON Pointer into the application data. */
export function provenanceView(row: ApplicationRow, compiled: CompiledBundle, viewer?: Principal): Record<string, ValueProvenance> {
  return valueProvenance(visibleData(dataOf(row, compiled), officerMatters(compiled, viewer)), readProvenance(row));
}

export interface SharedDataSummary {
  status: string;
  reason?: string;
  /** When OneGo asked the connector. */
  at: string;
  eLicences: { type: string; name: string; source: string; retrievedAt: string }[];
}

/** What the connector provided at submission; null for applications submitted before it was recorded. */
export function sharedDataSummary(row: ApplicationRow, compiled: CompiledBundle, lang: Lang, viewer?: Principal): SharedDataSummary | null {
  const stored = readSharedData(row);
  if (!stored) return null;
  const matters = officerMatters(compiled, viewer);
  const usable = matters && new Set(matters.flatMap((m) => m.materials.flatMap((material) => (material.replaceableBy ?? []).flatMap((r) => (r.eLicence ? [r.eLicence] : [])))));
  return {
    status: stored.status,
    ...(stored.reason ? { reason: stored.reason } : {}),
    at: stored.at,
    eLicences: stored.eLicences
      .filter((l) => !usable || usable.has(l.type))
      .map((l) => ({ type: l.type, name: inLang(compiled.dictionary.eLicences.get(l.type)?.name, lang) || l.type, source: l.source, retrievedAt: l.retrievedAt })),
  };
}
