// Published bundle versions: stored as JSON definitions, compiled once per version and kept compiled.
// Applications stay on the version they started with, so every published version stays loadable.
import {
  compileBundle,
  createAjv,
  createDefinitionAjv,
  indexDictionaries,
  loadDefinitions,
  localDictionaries,
  STANDARD_DICTIONARY,
  type Ajv,
  type CompiledBundle,
  type DefinitionIssue,
} from '@onego/engine';
import type { Bundle, DataElement, Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import { linkBundleMatters } from '../catalogue/linkBundleMatters.ts';
import { matterDepartments, withMatterDepartments, type MatterDepartments } from '../catalogue/matterDepartments.ts';
import type { Database } from '../db/createDatabase.ts';
import { Packer, registerPacker } from '../db/packedJson.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { packingDictionary } from './packingDictionary.ts';

/**
 * What a designer submits and what a version stores: the bundle and the matters it uses, and the local
 * data elements (本地区数据元) they bind, as they were when it was published (the runtime puts them in:
 * localDataElements.ts, pinnedLocalElements).
 */
export interface BundleDefinition {
  bundle: Bundle;
  matters: Matter[];
  localElements?: DataElement[];
}

export interface PublishedVersion {
  bundleId: string;
  version: number;
  definition: BundleDefinition;
  /** The regional department of each matter (its tasks' department), as resolved when it was published. */
  departments: MatterDepartments;
  publishedBy: string;
  publishedAt: string;
}

interface VersionRow {
  bundle_id: string;
  version: number;
  definition: string;
  published_by: string;
  published_at: string;
  /** JSON { matterId: departmentId } (migration 016). */
  departments?: string | null;
  /** The preset dictionary its applications are packed with (migration 011); null for versions without one. */
  packing?: string | null;
}

/** Publications of one bundle racing for its next version number: tries at most. */
const MAX_PUBLISH_ATTEMPTS = 5;

const BUNDLE_SCHEMA = 'https://onego.dev/schemas/v1/bundle.schema.json';
const MATTER_SCHEMA = 'https://onego.dev/schemas/v1/matter.schema.json';

/** Checks a definition as onego validate does; issues name 'bundle' or 'matters/<i>' as the file. */
export function checkDefinition(definition: BundleDefinition, ajv: Ajv = createDefinitionAjv()): DefinitionIssue[] {
  const documents = [
    ...localDictionaries(definition.localElements).map((json) => ({ file: 'localElements', json })),
    { file: 'bundle', json: { $schema: BUNDLE_SCHEMA, ...definition.bundle } },
    ...definition.matters.map((matter, i) => ({ file: `matters/${i}`, json: { $schema: MATTER_SCHEMA, ...matter } })),
  ];
  return loadDefinitions(documents, { ajv }).issues;
}

export class BundleCatalog {
  private readonly compiled = new Map<string, CompiledBundle>();
  /**
   * Published versions read so far, by `id@version`: a published version never changes, so it is read and
   * its definition parsed once. Which version is the latest is read from the database every time (one
   * indexed read): another process may have published since (several processes share PostgreSQL).
   */
  private readonly published = new Map<string, PublishedVersion>();
  /** The packing dictionary of each version read so far, by `id@version` (not part of PublishedVersion: never shown). */
  private readonly packings = new Map<string, string | null>();
  private readonly ajv = createAjv();
  private readonly dictionary = indexDictionaries([STANDARD_DICTIONARY]);

  constructor(private readonly db: Database) {}

  private toVersion(row: VersionRow): PublishedVersion {
    if (row.packing !== undefined) this.packings.set(`${row.bundle_id}@${row.version}`, row.packing);
    return {
      bundleId: row.bundle_id,
      version: row.version,
      definition: JSON.parse(row.definition) as BundleDefinition,
      departments: row.departments ? (JSON.parse(row.departments) as MatterDepartments) : {},
      publishedBy: row.published_by,
      publishedAt: row.published_at,
    };
  }

  /** The latest published version of every bundle. */
  async latestVersions(): Promise<PublishedVersion[]> {
    const rows = (await this.db('bundle_versions as v')
      .whereRaw('v.version = (select max(w.version) from bundle_versions w where w.bundle_id = v.bundle_id)')
      .orderBy('v.bundle_id')) as VersionRow[];
    return rows.map((row) => this.toVersion(row));
  }

  /** `db` is the transaction to read in, when called inside one (the pool has a single SQLite connection). */
  async version(bundleId: string, version?: number, db: Knex = this.db): Promise<PublishedVersion | undefined> {
    const wanted = version ?? (await this.latestVersionNumber(bundleId, db));
    if (wanted === undefined) return undefined;
    const cached = this.published.get(`${bundleId}@${wanted}`);
    if (cached) return cached;
    const row = (await db('bundle_versions').where({ bundle_id: bundleId, version: wanted }).first()) as VersionRow | undefined;
    return row ? this.remember(this.toVersion(row)) : undefined;
  }

  /** The latest version number of a bundle, as the database has it now; undefined when none is published. */
  private async latestVersionNumber(bundleId: string, db: Knex): Promise<number | undefined> {
    const last = (await db('bundle_versions').where({ bundle_id: bundleId }).max({ max: 'version' }).first()) as { max: number | string | null } | undefined;
    return last?.max === null || last?.max === undefined ? undefined : Number(last.max);
  }

  private remember(published: PublishedVersion): PublishedVersion {
    const key = `${published.bundleId}@${published.version}`;
    const known = this.published.get(key);
    if (known) return known;
    this.published.set(key, published);
    return published;
  }

  async versions(bundleId: string): Promise<Omit<PublishedVersion, 'definition' | 'departments'>[]> {
    const rows = await this.db('bundle_versions')
      .where({ bundle_id: bundleId })
      .orderBy('version', 'desc')
      .select<Omit<VersionRow, 'definition'>[]>('bundle_id', 'version', 'published_by', 'published_at');
    return rows.map((r) => ({ bundleId: r.bundle_id, version: r.version, publishedBy: r.published_by, publishedAt: r.published_at }));
  }

  /** The latest published version number of each of these bundles that has one. */
  async latestVersionNumbers(bundleIds: readonly string[]): Promise<Map<string, number>> {
    const latest: { bundle_id: string; version: number | string }[] = await this.db('bundle_versions')
      .whereIn('bundle_id', bundleIds)
      .groupBy('bundle_id')
      .select('bundle_id')
      .max({ version: 'version' });
    return new Map(latest.map((v) => [v.bundle_id, Number(v.version)]));
  }

  /** The compiled form of a published version (compiled on first use, then cached). */
  compile(published: PublishedVersion): CompiledBundle {
    const key = `${published.bundleId}@${published.version}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = this.compileDefinition(published.definition, published.version, published.departments);
      registerPacker(compiled, new Packer(this.packings.get(key) ?? null));
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  /**
   * A definition compiled as version `version` (not cached); with `departments`, each matter's department
   * id is its regional department's, as tasks, inboxes and notifications key on it.
   */
  compileDefinition(definition: BundleDefinition, version: number, departments?: MatterDepartments): CompiledBundle {
    return compileBundle(
      {
        // The runtime's version number is what snapshots carry; the designer's semver stays in the stored definition.
        bundle: { ...definition.bundle, version: String(version) },
        matters: new Map(withMatterDepartments(definition.matters, departments).map((m) => [m.id, m])),
        dictionary: definition.localElements?.length ? indexDictionaries([STANDARD_DICTIONARY, ...localDictionaries(definition.localElements)]) : this.dictionary,
      },
      this.ajv,
    );
  }

  async compiledVersion(bundleId: string, version: number, db: Knex = this.db): Promise<CompiledBundle> {
    const key = `${bundleId}@${version}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const published = await this.version(bundleId, version, db);
    if (!published) throw new Error(`bundle ${key} is not published`);
    return this.compile(published);
  }

  /**
   * Publishes a checked definition as the next version (and clears the bundle's draft), pinned to the
   * catalogue versions of its matters; returns it.
   * `precondition` runs first in the same transaction (it throws to publish nothing). Two publications of
   * one bundle at once (two processes) take the same next number: the second's insert is refused by the
   * primary key, and it runs again (its precondition too), taking the number after.
   */
  async publish(definition: BundleDefinition, by: string, at: string, precondition?: (trx: Knex.Transaction) => Promise<void>): Promise<PublishedVersion> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.publishOnce(definition, by, at, precondition);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= MAX_PUBLISH_ATTEMPTS) throw error;
      }
    }
  }

  private async publishOnce(definition: BundleDefinition, by: string, at: string, precondition?: (trx: Knex.Transaction) => Promise<void>): Promise<PublishedVersion> {
    const { published, packing } = await this.db.transaction(async (trx): Promise<{ published: PublishedVersion; packing: string }> => {
      await precondition?.(trx);
      const bundleId = definition.bundle.id;
      const last = (await trx('bundle_versions').where({ bundle_id: bundleId }).max({ max: 'version' }).first()) as { max: number | null } | undefined;
      const version = Number(last?.max ?? 0) + 1;
      await trx('bundle_drafts').where({ bundle_id: bundleId }).delete();
      const departments = await matterDepartments(trx, definition.bundle, definition.matters, by, at);
      const packing = packingDictionary(this.compileDefinition(definition, version, departments));
      await trx('bundle_versions').insert({
        bundle_id: bundleId,
        version,
        name_zh: definition.bundle.name.zh,
        name_en: definition.bundle.name.en,
        definition: JSON.stringify(definition),
        departments: JSON.stringify(departments),
        published_by: by,
        published_at: at,
        packing,
      });
      // Pinned to the catalogue versions of its matters (those the catalogue has as they are here).
      await linkBundleMatters(trx, bundleId, version, definition.matters);
      return { published: { bundleId, version, definition, departments, publishedBy: by, publishedAt: at }, packing };
    });
    // Committed (a version number whose insert was refused belongs to another process's publication).
    this.packings.set(`${published.bundleId}@${published.version}`, packing);
    // Kept as stored (JSON), not as the caller's object, which it may change.
    return this.remember({ ...published, definition: JSON.parse(JSON.stringify(definition)) as BundleDefinition });
  }
}
