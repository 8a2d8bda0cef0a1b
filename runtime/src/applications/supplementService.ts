// 补正 and 容缺 from the applicant's side: what the application waits for (the flagged fields editable,
// everything else locked), and the supplement itself — a command (`{ kind: 'supplement', … }`) whose
// handler, `supplementCommand` below, checks it against the application as it is and sends the SUPPLEMENT
// events, writing the corrected data and the commitments (告知承诺) in the same transaction.
import { inLang, lockedChanges, lockedUiSchema, type ApplicationSnapshot, type Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { dataColumns, dataOf, snapshotOf } from '../db/packedJson.ts';
import { DomainError } from '../domainError.ts';
import { readProvenance } from '../sharedData/storedSharedData.ts';
import { applicationView } from './applicationViews.ts';
import { invalidData } from './formData.ts';
import { materialNames } from './materialNames.ts';
import { readableApplication } from './readableApplication.ts';
import { commitmentText, providedMaterials, requestedMaterial, supplementRequests } from './supplementRequests.ts';

export interface SupplementCommand extends ApplicationCommand {
  readonly kind: 'supplement';
  /** The whole data with only the flagged fields changed; absent: unchanged. */
  readonly data?: Record<string, unknown>;
  /** Requested material ids replaced by a signed commitment (告知承诺). */
  readonly commitments: readonly string[];
  /** The matters supplemented; null: every matter that waits for the applicant. */
  readonly matters: readonly string[] | null;
  /** The language of the validation messages. */
  readonly lang: Lang;
}

/** What a supplement writes besides its events: the application's corrected data, the commitments signed. */
interface SupplementWrites {
  application?: Record<string, unknown>;
  commitments: { application_id: string; material_id: string; text: string; signed_by: string; signed_at: string }[];
}

export const supplementCommand: CommandHandler<SupplementCommand, SupplementWrites> = {
  async decide(command, { snapshot, compiled, row, now, reads }) {
    const all = supplementRequests(snapshot);
    const only = command.matters && new Set(command.matters);
    const targets = only ? all.filter((r) => only.has(r.matterId)) : all;
    if (targets.length === 0 || (only && targets.length !== only.size)) throw new DomainError('NOTHING_TO_SUPPLEMENT');
    // Only what was asked for may change; the rest of the application stays as submitted.
    const stored = dataOf<Record<string, unknown>>(row, compiled);
    const proposed = command.data ?? stored;
    const locked = lockedChanges(stored, proposed, targets.flatMap((r) => r.fields));
    if (locked.length > 0) throw new DomainError('FIELDS_LOCKED', { paths: locked.join(', ') }, { paths: locked });
    const changed = lockedChanges(stored, proposed, []);
    if (changed.length > 0) {
      const validation = compiled.validate(JSON.parse(row.answers), proposed, command.lang);
      if (!validation.valid) throw invalidData(validation.errors);
    }
    // 告知承诺: only for a requested material whose matter allows a commitment instead.
    const committing = new Set(command.commitments);
    const texts = [...committing].map((materialId) => {
      const request = targets.find((r) => r.materials.includes(materialId));
      const text = request && commitmentText(compiled.matters.get(request.matterId), materialId);
      if (!text) throw new DomainError('COMMITMENT_NOT_ALLOWED', { id: materialNames(compiled.matters.values(), [materialId]) });
      return { application_id: row.id, material_id: materialId, text: JSON.stringify(text), signed_by: command.by, signed_at: now };
    });
    const provided = await providedMaterials(reads, row.id, targets, committing);
    const missing = [...new Set(targets.flatMap((r) => r.materials))].filter((m) => !provided.has(m));
    if (missing.length > 0) throw new DomainError('MATERIALS_MISSING', { ids: materialNames(compiled.matters.values(), missing) }, { materials: missing });
    let application: Record<string, unknown> | undefined;
    if (changed.length > 0) {
      // A corrected value is the applicant's now, even where it was prefilled from shared data.
      const provenance = readProvenance(row);
      for (const pointer of changed) {
        for (const [recordedAt, entry] of Object.entries(provenance)) {
          if ((recordedAt === pointer || recordedAt.startsWith(`${pointer}/`)) && entry.kind === 'shared') {
            provenance[recordedAt] = { kind: 'entered', overrides: { element: entry.element, source: entry.source, retrievedAt: entry.retrievedAt } };
          }
        }
      }
      application = { ...dataColumns(proposed, compiled), ...(row.provenance ? { provenance: JSON.stringify(provenance) } : {}) };
    }
    return {
      events: targets.map((r) => ({ type: 'SUPPLEMENT', matterId: r.matterId, at: now, by: command.by })),
      details: targets.map((r) => ({
        reason: r.reason,
        fields: changed.filter((p) => r.fields.some((f) => p === f || p.startsWith(`${f}/`))),
        materials: r.materials,
        commitments: r.materials.filter((m) => committing.has(m)),
      })),
      ...(application || texts.length > 0 ? { writes: { ...(application ? { application } : {}), commitments: texts } } : {}),
    };
  },

  async write(trx, writes, row) {
    if (writes.application) await trx('applications').where({ id: row.id }).update(writes.application);
    if (writes.commitments.length > 0) {
      await trx('commitments').insert(writes.commitments).onConflict(['application_id', 'material_id']).merge(['text', 'signed_by', 'signed_at']);
    }
  },
};

/** What the applicant sends (补正 / 容缺补齐). */
export interface Supplement {
  data?: Record<string, unknown>;
  commitments?: string[];
  matters?: string[];
}

export class SupplementService {
  constructor(private readonly deps: { reads: Database; catalog: BundleCatalog; commands: Pick<CommandRunner<SupplementCommand>, 'run'> }) {}

  /** 补正: what the application waits for from its applicant, and the form to correct it in. */
  async view(id: string, principal: Principal, lang: Lang) {
    const { reads, catalog } = this.deps;
    const row = await readableApplication(reads, id, principal);
    const compiled = await catalog.compiledVersion(row.bundle_id, row.bundle_version);
    const requests = supplementRequests(snapshotOf<ApplicationSnapshot>(row, compiled));
    const form = compiled.form(JSON.parse(row.answers) as Record<string, unknown>, lang);
    const editable = [...new Set(requests.flatMap((r) => r.fields))];
    return {
      applicationId: row.id,
      status: row.status,
      matters: requests.map((r) => {
        const matter = compiled.matters.get(r.matterId);
        return {
          matterId: r.matterId,
          name: inLang(matter?.name, lang),
          department: matter?.department.id ?? null,
          departmentName: inLang(matter?.department.name, lang),
          reason: r.reason,
          requestedAt: r.since,
          comment: r.comment,
          fields: r.fields,
          materials: r.materials.map((materialId) => requestedMaterial(compiled, r.matterId, materialId, lang)),
        };
      }),
      editable,
      form: { schema: form.schema, uiSchema: lockedUiSchema(form.schema, form.uiSchema, editable) },
      data: dataOf<Record<string, unknown>>(row, compiled),
    };
  }

  /** Supplements the principal's application; answers it as it is then. */
  async supplement(id: string, principal: Principal, supplement: Supplement, lang: Lang) {
    const { reads, catalog, commands } = this.deps;
    await readableApplication(reads, id, principal);
    const { row } = await commands.run({
      kind: 'supplement',
      applicationId: id,
      by: principal.subject,
      ...(supplement.data ? { data: supplement.data } : {}),
      commitments: [...new Set(supplement.commitments ?? [])],
      matters: supplement.matters ? [...new Set(supplement.matters)] : null,
      lang,
    });
    return applicationView(reads, catalog, row, lang, principal);
  }
}
