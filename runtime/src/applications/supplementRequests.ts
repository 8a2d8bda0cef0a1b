// What an application waits for from its applicant, matter by matter: an open return (补正: materials and
// fields to correct, the clock stopped) or materials owed after a 容缺 acceptance; and which of the
// materials asked for are provided (a file uploaded or a commitment signed since they were asked for).
import { inLang, type CompiledBundle, type Lang, type MatterRecord } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { CommitmentRow } from '../db/rows.ts';
import { awaitsApplicant } from './supplementState.ts';

export interface SupplementRequest {
  matterId: string;
  /** 'returned' (补正: the clock stopped) or 'owed' (容缺: the matter goes on). */
  reason: 'returned' | 'owed';
  since: string | null;
  materials: string[];
  fields: string[];
  comment: string | null;
}

/** What each matter that waits for the applicant asks for, in bundle order. */
export function supplementRequests(snapshot: { context: { matters: Record<string, MatterRecord | undefined> } }): SupplementRequest[] {
  return Object.entries(snapshot.context.matters)
    .filter(([, record]) => awaitsApplicant(record))
    .map(([matterId, record]) => {
      const returned = record?.status === 'returned';
      return {
        matterId,
        reason: returned ? 'returned' : 'owed',
        since: returned ? (record.returnedAt ?? null) : null,
        materials: returned ? [...new Set([...(record.missing ?? []), ...(record.owed ?? [])])] : (record?.owed ?? []),
        fields: returned ? (record.fields ?? []) : [],
        comment: record?.comment ?? null,
      } satisfies SupplementRequest;
    });
}

/** The commitment text (告知承诺书) a matter publishes for a material, if it allows one. */
export const commitmentText = (matter: Matter | undefined, materialId: string) => matter?.materials.find((m) => m.id === materialId)?.commitment;

/** A material asked for, as the applicant sees it. */
export function requestedMaterial(compiled: CompiledBundle, matterId: string, materialId: string, lang: Lang) {
  const material = compiled.matters.get(matterId)?.materials.find((m) => m.id === materialId);
  const commitment = material?.commitment;
  return {
    materialId,
    name: inLang(material?.name, lang),
    key: material?.key !== false,
    commitment: commitment ? inLang(commitment, lang) : null,
    upload: material?.upload ?? null,
  };
}

/**
 * Which of the requested materials are provided: a file uploaded (POST …/materials/:materialId) or a
 * commitment signed — in this request, or since the return asked for it (any time for owed materials).
 */
export async function providedMaterials(db: Knex, applicationId: string, requests: readonly SupplementRequest[], committing: ReadonlySet<string>): Promise<Set<string>> {
  const provided = new Set<string>();
  const signed = await db('commitments').where({ application_id: applicationId }).select<Pick<CommitmentRow, 'material_id' | 'signed_at'>[]>('material_id', 'signed_at');
  const uploaded = await db('material_uploads').where({ application_id: applicationId }).select<{ material_id: string; uploaded_at: string }[]>('material_id', 'uploaded_at');
  const since = (request: SupplementRequest, at: string) => request.since === null || at >= request.since;
  for (const request of requests) {
    for (const materialId of request.materials) {
      if (committing.has(materialId)) provided.add(materialId);
      if (signed.some((c) => c.material_id === materialId && since(request, c.signed_at))) provided.add(materialId);
      if (uploaded.some((u) => u.material_id === materialId && since(request, u.uploaded_at))) provided.add(materialId);
    }
  }
  return provided;
}
