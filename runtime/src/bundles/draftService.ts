// The designer's drafts of bundles (草稿): listed, opened, saved with the problems the definition checks
// find, discarded, and published as the next version once they have none. Each save, publication or
// discard may name the draft it expects (draftPreconditions.ts). Knows nothing of HTTP.
import { createDefinitionAjv, inLang, type Lang } from '@onego/engine';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { pinnedLocalElements } from '../catalogue/localDataElements.ts';
import { definitionInvalid, issueViews } from '../definitions/definitionInvalid.ts';
import { DomainError } from '../domainError.ts';
import { checkDefinition, type BundleCatalog, type BundleDefinition, type PublishedVersion } from './bundleCatalog.ts';
import { checkPreconditions, draftChanged, etagOf, type DraftPreconditions } from './draftPreconditions.ts';
import { deleteDraft, draftsLastSavedFirst, readDraft, writeDraft, type BundleDraftRow } from './draftStore.ts';

/** A bundle id as the definition format allows it (common.schema.json#/$defs/identifier): the draft's key. */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/;
const isIdentifier = (id: unknown): id is string => typeof id === 'string' && id.length <= 100 && IDENTIFIER.test(id);

export interface DraftDependencies {
  db: Database;
  catalog: BundleCatalog;
  clock: Clock;
}

export class BundleDraftService {
  private readonly ajv = createDefinitionAjv();

  constructor(private readonly deps: DraftDependencies) {}

  /** Every saved draft, last saved first: its name, who saved it and when, the published version, how many problems, its entity tag. */
  async list(lang: Lang) {
    const rows = await draftsLastSavedFirst(this.deps.db);
    const published = await this.deps.catalog.latestVersionNumbers(rows.map((r) => r.bundle_id));
    const definitions = await Promise.all(rows.map((row) => this.withLocalElements(JSON.parse(row.definition) as BundleDefinition)));
    return rows.map((row, i) => {
      const definition = definitions[i] as BundleDefinition;
      const name: unknown = inLang(definition.bundle.name, lang); // a draft's name may be anything yet
      return {
        id: row.bundle_id,
        name: typeof name === 'string' && name !== '' ? name : row.bundle_id,
        updatedBy: row.updated_by,
        updatedAt: row.updated_at,
        publishedVersion: published.get(row.bundle_id) ?? null,
        issues: checkDefinition(definition, this.ajv).length,
        // As opening the draft gives it: discarding from the list names it, so that a draft a colleague
        // saved again since the list was read is not discarded unseen.
        etag: etagOf(row),
      };
    });
  }

  /** The draft as saved, and its entity tag. */
  async open(id: string) {
    const row = await readDraft(this.deps.db, id);
    if (!row) throw new DomainError('DRAFT_NOT_FOUND', { id });
    return { etag: etagOf(row), draft: { definition: JSON.parse(row.definition) as Record<string, unknown>, updatedBy: row.updated_by, updatedAt: row.updated_at } };
  }

  /**
   * Saves the draft of definition.bundle.id with the problems the checks find (listed in the answer):
   * work in progress. Only a definition whose bundle id cannot name a draft is refused.
   */
  async save(definition: BundleDefinition, by: string, conditions: DraftPreconditions, lang: Lang) {
    const pinned = await this.withLocalElements(definition);
    const issues = checkDefinition(pinned, this.ajv);
    const id: unknown = definition.bundle.id;
    if (!isIdentifier(id)) {
      if (issues.length > 0) throw definitionInvalid(issues, lang);
      throw new DomainError('BAD_REQUEST', { detail: '"bundle.id" must be an identifier' });
    }
    const row: BundleDraftRow = { bundle_id: id, definition: JSON.stringify(pinned), updated_by: by, updated_at: this.deps.clock.now().toISOString() };
    const replaced = await this.deps.db.transaction(async (trx) => {
      const current = await readDraft(trx, id);
      checkPreconditions(conditions, id, current);
      await writeDraft(trx, row, current !== undefined);
      return current !== undefined;
    });
    return { replaced, etag: etagOf(row), saved: { id, draft: true as const, updatedBy: row.updated_by, updatedAt: row.updated_at, issues: issueViews(issues, lang) } };
  }

  /**
   * The definition with the local data elements its matters bind as the region's dictionary has them now
   * (whatever the designer sent for them): a version stores them, so that it compiles the same later.
   */
  private async withLocalElements(definition: BundleDefinition): Promise<BundleDefinition> {
    const rest: BundleDefinition = { ...definition };
    delete rest.localElements;
    const local = Array.isArray(definition.matters) ? await pinnedLocalElements(this.deps.db, definition.matters) : [];
    return local.length > 0 ? { ...rest, localElements: local } : rest;
  }

  /** Deletes the draft; the published versions stay. */
  async discard(id: string, conditions: DraftPreconditions): Promise<void> {
    await this.deps.db.transaction(async (trx) => {
      const row = await readDraft(trx, id);
      if (!row) throw new DomainError('DRAFT_NOT_FOUND', { id });
      checkPreconditions(conditions, id, row);
      await deleteDraft(trx, id);
    });
  }

  /**
   * Publishes the draft as the next version, refused while it has problems. The version published is the
   * draft checked: a save or a discard in between is refused. Running applications stay on their version.
   */
  async publish(id: string, by: string, conditions: DraftPreconditions, lang: Lang): Promise<PublishedVersion> {
    const draft = await readDraft(this.deps.db, id);
    if (!draft) throw new DomainError('BUNDLE_NOT_FOUND', { id });
    checkPreconditions(conditions, id, draft);
    const definition = await this.withLocalElements(JSON.parse(draft.definition) as BundleDefinition);
    const issues = checkDefinition(definition, this.ajv);
    if (issues.length > 0) throw definitionInvalid(issues, lang);
    const checked = etagOf(draft);
    return this.deps.catalog.publish(definition, by, this.deps.clock.now().toISOString(), async (trx) => {
      const now = await readDraft(trx, id);
      if (!now) throw new DomainError('DRAFT_GONE', { id });
      if (etagOf(now) !== checked) throw draftChanged(now);
    });
  }
}
