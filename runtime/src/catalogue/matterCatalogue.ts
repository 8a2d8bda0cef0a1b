// The matter catalogue (事项库): each matter is an entry with at most one draft and its published versions
// (1, 2, …). A draft is saved with its problems and an entity tag (a save under a stale tag is refused);
// publishing checks it as `onego validate` does and makes it the next version; published versions never
// change, and the bundle versions that use one stay pinned to it. Knows nothing of HTTP.
import { createHash } from 'node:crypto';
import { divisionPrefix, matterProblems, NATIONAL_REGION, type MatterProblem } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { Knex } from 'knex';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { DomainError } from '../domainError.ts';
import { catalogueDepartmentId } from './departments.ts';
import { firstFree, idFromCode, idFromName } from './generatedId.ts';
import { regionElements } from './localDataElements.ts';
import { matterChanges, type MatterChange } from './matterChanges.ts';
import { matterDigest } from './matterDigest.ts';


export interface MatterSummary {
  id: string;
  code?: string;
  name: { zh: string; en?: string };
  department?: { id: string; name: string };
  /** GB/T 2260 division code of its department's region, or 'national'. */
  region: string;
  /** The latest published version; absent: never published. */
  latestVersion?: number;
  draft?: { updatedBy: string; updatedAt: string };
}

export interface MatterVersion {
  id: string;
  version: number;
  definition: Matter;
  publishedBy: string;
  publishedAt: string;
}

export interface MatterDraft {
  id: string;
  /** Work in progress: what was saved, checked only when published. */
  definition: Record<string, unknown>;
  etag: string;
  updatedBy: string;
  updatedAt: string;
  /** What keeps it from being published; empty: it may be. */
  problems: MatterProblem[];
}

export interface SavedDraft extends Omit<MatterDraft, 'definition'> {
  /** A new catalogue entry (its id was generated) rather than a new draft of an existing one. */
  created: boolean;
}

export interface SaveOptions {
  by: string;
  /** The draft's entity tag as the designer opened it ("*": any draft); a draft saved since is MATTER_DRAFT_CHANGED. */
  ifMatch?: string;
  /** "*": only when there is no draft yet (a second designer's first save is refused). */
  ifNoneMatch?: string;
  /** The region for a matter whose definition and department do not say it. */
  region?: string;
}

export interface MatterUse {
  /** Published bundle versions pinned to a version of the matter, newest first. */
  bundleVersions: { bundleId: string; bundleVersion: number; matterVersion: number; latestOfBundle: boolean }[];
  /** Bundle drafts that include the matter (drafts hold their matters' definitions, pinned when published). */
  bundleDrafts: { bundleId: string; updatedBy: string; updatedAt: string }[];
}

/** A copy of a matter against the catalogue's latest version (MatterCatalogue.compare). */
export interface MatterComparison {
  id: string;
  latest: Omit<MatterVersion, 'id' | 'definition'>;
  /** The published version the copy is exactly; null: none of them. */
  sameAs: number | null;
  /** From the copy to the latest version. */
  changes: MatterChange[];
}

export interface SearchQuery {
  /** Part of the name, the code, the department's name or the id. */
  q?: string;
  department?: string;
  /** A division code: the region and the regions inside it. */
  region?: string;
  limit?: number;
}

interface MatterRow {
  id: string;
  code: string | null;
  name_zh: string;
  name_en: string | null;
  department_id: string | null;
  department_name: string | null;
  region: string;
  latest_version: number;
  draft: string | null;
  draft_updated_by: string | null;
  draft_updated_at: string | null;
  created_by: string;
  created_at: string;
}

interface VersionRow {
  matter_id: string;
  version: number;
  definition: string;
  published_by: string;
  published_at: string;
}

const IDENTIFIER = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringAt = (value: unknown, ...keys: string[]): string | undefined => {
  let at: unknown = value;
  for (const key of keys) at = isObject(at) ? at[key] : undefined;
  return typeof at === 'string' && at.trim() !== '' ? at.trim() : undefined;
};

/** The draft's entity tag: a strong tag of what is stored (definition, who, when), so any save changes it. */
function etagOf(row: Pick<MatterRow, 'draft' | 'draft_updated_by' | 'draft_updated_at'>): string {
  return `"${createHash('sha256').update(`${row.draft_updated_at}\n${row.draft_updated_by}\n${row.draft}`).digest('base64url')}"`;
}

/** The entity tags of an If-Match / If-None-Match value ("*" as is; W/ dropped: drafts have strong tags only). */
const tagsOf = (value: string): string[] =>
  value
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);

/** An instant as China Standard Time, "YYYY-MM-DD HH:mm", for messages. */
const chinaTime = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const draftChanged = (row: MatterRow) =>
  new DomainError(
    'MATTER_DRAFT_CHANGED',
    { id: row.id, updatedBy: row.draft_updated_by ?? '', at: chinaTime(row.draft_updated_at ?? '') },
    { updatedBy: row.draft_updated_by, updatedAt: row.draft_updated_at },
  );

/** The preconditions on the draft as it is (the semantics of If-Match / If-None-Match): refused, nothing is written. */
function checkPreconditions(id: string, row: MatterRow | undefined, options: { ifMatch?: string | undefined; ifNoneMatch?: string | undefined }): void {
  const hasDraft = row !== undefined && row.draft !== null;
  if (options.ifMatch) {
    if (!hasDraft) throw new DomainError('MATTER_DRAFT_GONE', { id });
    const tags = tagsOf(options.ifMatch);
    if (!tags.includes('*') && !tags.includes(etagOf(row))) throw draftChanged(row);
  }
  if (options.ifNoneMatch && hasDraft) {
    const tags = tagsOf(options.ifNoneMatch);
    if (tags.includes('*') || tags.includes(etagOf(row))) throw draftChanged(row);
  }
}

const toSummary = (row: MatterRow): MatterSummary => ({
  id: row.id,
  ...(row.code ? { code: row.code } : {}),
  name: row.name_en ? { zh: row.name_zh, en: row.name_en } : { zh: row.name_zh },
  ...(row.department_id ? { department: { id: row.department_id, name: row.department_name ?? row.department_id } } : {}),
  region: row.region,
  ...(Number(row.latest_version) > 0 ? { latestVersion: Number(row.latest_version) } : {}),
  ...(row.draft !== null && row.draft_updated_by && row.draft_updated_at ? { draft: { updatedBy: row.draft_updated_by, updatedAt: row.draft_updated_at } } : {}),
});

const toVersion = (row: VersionRow): MatterVersion => ({
  id: row.matter_id,
  version: Number(row.version),
  definition: JSON.parse(row.definition) as Matter,
  publishedBy: row.published_by,
  publishedAt: row.published_at,
});

/** The search columns of an entry from a definition (a draft's may lack anything). */
function describedBy(definition: Record<string, unknown>, fallbackName: string): Pick<MatterRow, 'code' | 'name_zh' | 'name_en' | 'department_id' | 'department_name'> {
  return {
    code: stringAt(definition, 'code') ?? null,
    name_zh: stringAt(definition, 'name', 'zh') ?? fallbackName,
    name_en: stringAt(definition, 'name', 'en') ?? null,
    department_id: stringAt(definition, 'department', 'id') ?? null,
    department_name: stringAt(definition, 'department', 'name', 'zh') ?? null,
  };
}

/** `%`, `_` and `\` taken literally in a LIKE pattern (escape character `\`). */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export class MatterCatalogue {
  constructor(private readonly deps: { db: Database; clock: Clock }) {}

  private get db(): Database {
    return this.deps.db;
  }

  private async row(id: string, db: Knex = this.db, lock = false): Promise<MatterRow | undefined> {
    const query = db('matters').where({ id });
    if (lock && isPostgres(db)) query.forUpdate();
    return (await query.first()) as MatterRow | undefined;
  }

  /** Matters by part of their name, code or department name, of a department, of a region (and those inside it); by name. */
  async search(query: SearchQuery = {}): Promise<MatterSummary[]> {
    const rows = this.db('matters').orderBy([{ column: 'name_zh' }, { column: 'id' }]).limit(Math.min(Math.max(query.limit ?? 50, 1), 500));
    const q = query.q?.trim();
    if (q) {
      const pattern = `%${likeLiteral(q.toLowerCase())}%`;
      rows.where((w) => {
        for (const column of ['name_zh', 'name_en', 'code', 'department_name', 'id']) w.orWhereRaw(`lower(${column}) like ? escape '\\'`, [pattern]);
      });
    }
    if (query.department) rows.where({ department_id: query.department });
    if (query.region) {
      const region = query.region.trim();
      if (region === NATIONAL_REGION) rows.where({ region });
      else rows.where('region', 'like', `${divisionPrefix(region)}%`);
    }
    return ((await rows) as MatterRow[]).map(toSummary);
  }

  /** One entry's summary (draft and latest version), or MATTER_NOT_FOUND. */
  async summary(id: string): Promise<MatterSummary> {
    const row = await this.row(id);
    if (!row) throw new DomainError('MATTER_NOT_FOUND', { id });
    return toSummary(row);
  }

  /** A published version: the latest by default. MATTER_NOT_FOUND (none published), MATTER_VERSION_NOT_FOUND. */
  async get(id: string, version?: number, db: Knex = this.db): Promise<MatterVersion> {
    const query = db('matter_versions').where({ matter_id: id });
    const row = (await (version === undefined ? query.orderBy('version', 'desc').first() : query.andWhere({ version }).first())) as VersionRow | undefined;
    if (row) return toVersion(row);
    if (version !== undefined && (await this.row(id, db))) throw new DomainError('MATTER_VERSION_NOT_FOUND', { id, version });
    throw new DomainError('MATTER_NOT_FOUND', { id });
  }

  /** The published versions, newest first, and the draft (who saved it, when). */
  async versions(id: string): Promise<{ versions: Omit<MatterVersion, 'definition'>[]; draft: { updatedBy: string; updatedAt: string } | null }> {
    const row = await this.row(id);
    if (!row) throw new DomainError('MATTER_NOT_FOUND', { id });
    const rows = await this.db('matter_versions').where({ matter_id: id }).orderBy('version', 'desc').select<Omit<VersionRow, 'definition'>[]>('matter_id', 'version', 'published_by', 'published_at');
    return {
      versions: rows.map((r) => ({ id: r.matter_id, version: Number(r.version), publishedBy: r.published_by, publishedAt: r.published_at })),
      draft: row.draft !== null ? { updatedBy: row.draft_updated_by ?? '', updatedAt: row.draft_updated_at ?? '' } : null,
    };
  }

  /** The draft with its entity tag and problems; MATTER_DRAFT_NOT_FOUND when there is none. */
  async draft(id: string): Promise<MatterDraft> {
    const row = await this.row(id);
    if (!row || row.draft === null) throw new DomainError(row ? 'MATTER_DRAFT_NOT_FOUND' : 'MATTER_NOT_FOUND', { id });
    const definition = JSON.parse(row.draft) as Record<string, unknown>;
    const local = await regionElements(this.db, row.region);
    return { id, definition, etag: etagOf(row), updatedBy: row.draft_updated_by ?? '', updatedAt: row.draft_updated_at ?? '', problems: matterProblems(definition, local) };
  }

  /**
   * Saves a draft: of the entry `definition.id` names (created with that id when new), or — without an id,
   * as staff write matters — of a new entry whose id is generated from its 事项编码, else its name. Saved
   * with its problems (listed in the answer); only a definition with neither id nor name nor code, or whose
   * id is no identifier, is refused (MATTER_INVALID). Preconditions: see SaveOptions.
   */
  async saveDraft(input: object, options: SaveOptions): Promise<SavedDraft> {
    const at = this.deps.clock.now().toISOString();
    const definition: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    delete definition['$schema'];
    const given = definition['id'];
    if (given !== undefined && given !== '' && (typeof given !== 'string' || given.length > 100 || !IDENTIFIER.test(given))) {
      throw new DomainError('MATTER_INVALID', { count: 1 }, { problems: matterProblems({ ...definition }).filter((p) => p.path === '/id') });
    }
    if (typeof given === 'string' && given !== '' && (await this.row(given))) return this.updateDraft(given, definition, options, at);
    if (options.ifMatch) throw new DomainError('MATTER_DRAFT_GONE', { id: typeof given === 'string' ? given : '' });
    return this.createEntry(definition, options, at);
  }

  private async checkCode(definition: Record<string, unknown>, id: string, db: Knex): Promise<void> {
    const code = stringAt(definition, 'code');
    if (!code) return;
    const holder = await db('matters').where({ code }).whereNot({ id }).first<{ id: string } | undefined>('id');
    if (holder) throw new DomainError('MATTER_CODE_TAKEN', { code, id: holder.id });
  }

  private async regionOf(definition: Record<string, unknown>, fallback: string | undefined, db: Knex): Promise<string> {
    const own = stringAt(definition, 'department', 'region', 'divisionCode');
    if (own) return own;
    const departmentId = stringAt(definition, 'department', 'id');
    const department = departmentId ? await db('departments').where({ id: departmentId }).first<{ region: string } | undefined>('region') : undefined;
    return department?.region ?? fallback ?? NATIONAL_REGION;
  }

  private async createEntry(definition: Record<string, unknown>, options: SaveOptions, at: string): Promise<SavedDraft> {
    const code = stringAt(definition, 'code');
    const name = stringAt(definition, 'name', 'zh');
    const given = typeof definition['id'] === 'string' && definition['id'] !== '' ? definition['id'] : undefined;
    if (!given && !code && !name) {
      const problems = matterProblems(definition).filter((p) => p.path === '/name');
      throw new DomainError('MATTER_INVALID', { count: Math.max(problems.length, 1) }, { problems });
    }
    await this.checkCode(definition, given ?? '', this.db);
    const base = given ?? (code ? idFromCode(code) : idFromName(name as string, 'm'));
    const region = await this.regionOf(definition, options.region, this.db);
    // A generated id another entry took meanwhile: the next free one (the database's uniqueness decides).
    for (let attempt = 0; attempt < 10; attempt++) {
      const id = given ?? (await firstFree(base, async (candidate) => (await this.row(candidate)) !== undefined));
      const stored = { version: '1.0.0', ...definition, id };
      const row: MatterRow = {
        id,
        ...describedBy(stored, id),
        department_id: await catalogueDepartmentId(stored, region, this.db),
        region,
        latest_version: 0,
        draft: JSON.stringify(stored),
        draft_updated_by: options.by,
        draft_updated_at: at,
        created_by: options.by,
        created_at: at,
      };
      try {
        await this.db('matters').insert(row);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (row.code && (await this.db('matters').where({ code: row.code }).first())) await this.checkCode(stored, id, this.db);
        if (given) return this.updateDraft(given, definition, options, at);
        continue;
      }
      return { id, etag: etagOf(row), updatedBy: options.by, updatedAt: at, problems: matterProblems(stored, await regionElements(this.db, region)), created: true };
    }
    throw new Error(`no free id for the matter ${base}`);
  }

  private async updateDraft(id: string, input: Record<string, unknown>, options: SaveOptions, at: string): Promise<SavedDraft> {
    const definition = { ...input, id };
    return this.db.transaction(async (trx) => {
      const current = await this.row(id, trx, true);
      if (!current) throw new DomainError('MATTER_DRAFT_GONE', { id });
      checkPreconditions(id, current, options);
      await this.checkCode(definition, id, trx);
      const region = await this.regionOf(definition, current.region, trx);
      const changes: Partial<MatterRow> = {
        ...describedBy(definition, current.name_zh),
        department_id: await catalogueDepartmentId(definition, region, trx),
        region,
        draft: JSON.stringify(definition),
        draft_updated_by: options.by,
        draft_updated_at: at,
      };
      await trx('matters').where({ id }).update(changes);
      const row = { ...current, ...changes };
      return { id, etag: etagOf(row), updatedBy: options.by, updatedAt: at, problems: matterProblems(definition, await regionElements(trx, region)), created: false };
    });
  }

  /**
   * Publishes the draft as the next version (1, 2, …) and clears it. Refused, writing nothing: no draft
   * (MATTER_DRAFT_NOT_FOUND), a draft saved since `ifMatch` (MATTER_DRAFT_CHANGED), problems (MATTER_INVALID
   * with every problem located in details.problems).
   */
  async publish(id: string, options: { by: string; ifMatch?: string }): Promise<MatterVersion> {
    const at = this.deps.clock.now().toISOString();
    return this.db.transaction(async (trx) => {
      const row = await this.row(id, trx, true);
      if (!row) throw new DomainError('MATTER_NOT_FOUND', { id });
      if (row.draft === null) throw new DomainError('MATTER_DRAFT_NOT_FOUND', { id });
      checkPreconditions(id, row, options);
      const definition = JSON.parse(row.draft) as Record<string, unknown>;
      const problems = matterProblems(definition, await regionElements(trx, row.region));
      if (problems.length > 0) throw new DomainError('MATTER_INVALID', { count: problems.length }, { problems });
      const version = Number(row.latest_version) + 1;
      const matter = definition as unknown as Matter;
      await trx('matter_versions').insert({ matter_id: id, version, definition: row.draft, digest: matterDigest(matter), published_by: options.by, published_at: at });
      await trx('matters')
        .where({ id })
        .update({ ...describedBy(definition, row.name_zh), department_id: await catalogueDepartmentId(definition, row.region, trx), latest_version: version, draft: null, draft_updated_by: null, draft_updated_at: null });
      return { id, version, definition: matter, publishedBy: options.by, publishedAt: at };
    });
  }

  /**
   * Discards the draft (ifMatch: as the designer saw it). An entry never published goes with it; one
   * published shows its latest version again.
   */
  async deleteDraft(id: string, options: { ifMatch?: string } = {}): Promise<void> {
    await this.db.transaction(async (trx) => {
      const row = await this.row(id, trx, true);
      if (!row) throw new DomainError('MATTER_NOT_FOUND', { id });
      if (row.draft === null) throw new DomainError('MATTER_DRAFT_NOT_FOUND', { id });
      checkPreconditions(id, row, options);
      if (Number(row.latest_version) === 0) {
        await trx('matters').where({ id }).delete();
        return;
      }
      const latest = (await this.get(id, Number(row.latest_version), trx)).definition as unknown as Record<string, unknown>;
      await trx('matters')
        .where({ id })
        .update({ ...describedBy(latest, row.name_zh), department_id: await catalogueDepartmentId(latest, row.region, trx), draft: null, draft_updated_by: null, draft_updated_at: null });
    });
  }

  /** The bundle versions pinned to a version of the matter, and the bundle drafts that include it. */
  async usedBy(id: string): Promise<MatterUse> {
    if (!(await this.row(id))) throw new DomainError('MATTER_NOT_FOUND', { id });
    const links = (await this.db('bundle_version_matters as l')
      .where('l.matter_id', id)
      .select('l.bundle_id', 'l.bundle_version', 'l.matter_version')
      .select(this.db.raw('(select max(v.version) from bundle_versions v where v.bundle_id = l.bundle_id) as latest'))
      .orderBy([{ column: 'l.bundle_id' }, { column: 'l.bundle_version', order: 'desc' }])) as { bundle_id: string; bundle_version: number; matter_version: number; latest: number }[];
    const drafts = (await this.db('bundle_drafts').select('bundle_id', 'definition', 'updated_by', 'updated_at').orderBy('bundle_id')) as { bundle_id: string; definition: string; updated_by: string; updated_at: string }[];
    const includes = (definition: string): boolean => {
      const entries = (JSON.parse(definition) as { bundle?: { matters?: unknown } }).bundle?.matters;
      return Array.isArray(entries) && entries.some((e) => isObject(e) && e['matter'] === id);
    };
    return {
      bundleVersions: links.map((l) => ({ bundleId: l.bundle_id, bundleVersion: Number(l.bundle_version), matterVersion: Number(l.matter_version), latestOfBundle: Number(l.latest) === Number(l.bundle_version) })),
      bundleDrafts: drafts.filter((d) => includes(d.definition)).map((d) => ({ bundleId: d.bundle_id, updatedBy: d.updated_by, updatedAt: d.updated_at })),
    };
  }

  /**
   * What changes from version `from` to version `to` (default: the draft, else the latest version): for
   * moving a bundle draft to a newer version of the matter.
   */
  async changes(id: string, from: number, to?: number): Promise<MatterChange[]> {
    const before = await this.get(id, from);
    if (to !== undefined) return matterChanges(before.definition, (await this.get(id, to)).definition);
    const row = await this.row(id);
    const after = row?.draft ? (JSON.parse(row.draft) as Matter) : (await this.get(id)).definition;
    return matterChanges(before.definition, after);
  }

  /**
   * A copy of the matter (a bundle draft carries its matters inline) against the catalogue's latest
   * version: which published version it is (null: none, e.g. edited in the bundle), and what changes
   * from it to the latest — for offering to move a bundle draft to the newer version.
   */
  async compare(id: string, copy: Record<string, unknown>): Promise<MatterComparison> {
    const latest = await this.get(id);
    const same = (await this.db('matter_versions').where({ matter_id: id, digest: matterDigest(copy) }).max({ version: 'version' }).first()) as { version: number | string | null } | undefined;
    let changes: MatterChange[];
    try {
      changes = matterChanges(copy, latest.definition);
    } catch {
      // Not shaped as a matter where the comparison reads it (materials not a list …): said as its problems.
      const problems = matterProblems({ ...copy });
      throw new DomainError('MATTER_INVALID', { count: Math.max(problems.length, 1) }, { problems });
    }
    return { id, latest: { version: latest.version, publishedBy: latest.publishedBy, publishedAt: latest.publishedAt }, sameAs: same?.version == null ? null : Number(same.version), changes };
  }
}
