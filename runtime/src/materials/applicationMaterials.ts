// The materials of a submitted application, one entry per material as the one-time notice listed it at
// submission (waived by what shared data provided then): who needs it, the files uploaded for it, the
// commitment (告知承诺) signed instead, and whether it is owed after 容缺受理. For the task view (one matter)
// and the application view (every matter the reader may see).
import { commitmentSignatureOf, type CommitmentSignature } from '../signatures/commitmentSignature.ts';
import { inLang, type CompiledBundle, type Lang, type MatterRecord, type Text, type Waiver } from '@onego/engine';
import type { Knex } from 'knex';
import type { ApplicationRow, CommitmentRow } from '../db/rows.ts';
import { availabilityAtSubmission, type StoredSharedData } from '../sharedData/storedSharedData.ts';
import { uploadsOf, uploadView } from './materialUploads.ts';

export interface MaterialEntry {
  materialId: string;
  name: string;
  /** The included matters (of those asked for) that list it. */
  requiredBy: string[];
  required: boolean;
  key: boolean;
  waivedBy: Waiver | null;
  commitment: { text: string; signedBy: string; signedAt: string; signature: CommitmentSignature | null } | null;
  owed: boolean;
  uploads: ReturnType<typeof uploadView>[];
}

/**
 * The materials that the matters `matterIds` list (in notice order: to submit, then waived). `records`:
 * the matters' records in the snapshot (for 容缺); `commitments`: the application's signed ones.
 */
export async function applicationMaterials(
  db: Knex,
  app: Pick<ApplicationRow, 'id' | 'answers'>,
  compiled: CompiledBundle,
  lang: Lang,
  scope: { matterIds: readonly string[]; records: Record<string, MatterRecord | undefined>; commitments: readonly CommitmentRow[]; stored: StoredSharedData | undefined },
): Promise<MaterialEntry[]> {
  const notice = compiled.notice(JSON.parse(app.answers) as Record<string, unknown>, availabilityAtSubmission(scope.stored));
  const listed = [...notice.materials, ...notice.waived].filter((m) => m.requiredBy.some((id) => scope.matterIds.includes(id)));
  if (listed.length === 0) return [];
  const uploads = await uploadsOf(db, app.id, listed.map((m) => m.materialId));
  const owed = new Set(scope.matterIds.flatMap((id) => scope.records[id]?.owed ?? []));
  return listed.map((m) => {
    // A commitment stands in for the material only for the matters that accept one: a matter that asks
    // for the document itself (no commitment text in its definition) still needs it.
    const requiredBy = m.requiredBy.filter((id) => scope.matterIds.includes(id));
    const accepts = requiredBy.some((id) => compiled.matters.get(id)?.materials.some((own) => own.id === m.materialId && own.commitment));
    const committed = accepts ? scope.commitments.find((c) => c.material_id === m.materialId) : undefined;
    return {
      materialId: m.materialId,
      name: inLang(m.name, lang),
      requiredBy,
      required: m.required,
      key: m.key,
      waivedBy: m.waivedBy ?? null,
      commitment: committed ? { text: inLang(JSON.parse(committed.text) as Text, lang), signedBy: committed.signed_by, signedAt: committed.signed_at, signature: commitmentSignatureOf(committed) } : null,
      owed: owed.has(m.materialId),
      uploads: uploads.filter((u) => u.material_id === m.materialId).map(uploadView),
    };
  });
}
