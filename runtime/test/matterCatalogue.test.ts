// The matter catalogue's storage and services, the same suite on a SQLite file and on a real PostgreSQL
// (started for the test, test/support/postgresServer.ts): the examples' matters seeded once (also by two
// processes at once) and the example bundle versions pinned to them; drafts under entity tags; publishing
// a new version that leaves the bundles' pins where they were; an invalid draft refused with its problems
// located and nothing written; ids generated; departments of a region; search.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matter } from '@onego/schemas/types';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { Departments } from '../src/catalogue/departments.ts';
import { MatterCatalogue } from '../src/catalogue/matterCatalogue.ts';
import { seedExampleMatters } from '../src/catalogue/seedExampleMatters.ts';
import { AdjustableClock } from '../src/clock.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { DomainError } from '../src/domainError.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';
import { startPostgres, type PostgresServer } from '../../test/support/postgresServer.ts';

const silent = pino({ level: 'silent' });
const NOW = '2026-03-02T01:00:00.000Z';

/** Which example matters each example bundle uses (the files). */
const EXAMPLE_MATTERS = 18;

const refusal = async (promise: Promise<unknown>): Promise<DomainError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
};

interface Backend {
  name: string;
  open(): Promise<Knex>;
  close(): Promise<void>;
}

const dir = mkdtempSync(path.join(tmpdir(), 'onego-catalogue-'));
let postgres: PostgresServer | undefined;
afterAll(() => {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const backends: Backend[] = [
  { name: 'SQLite', open: () => Promise.resolve(createDatabase(path.join(dir, 'catalogue.sqlite'))), close: () => Promise.resolve() },
  {
    name: 'PostgreSQL',
    async open() {
      postgres = await startPostgres();
      return knex({ client: 'pg', connection: postgres.url, pool: { min: 1, max: 4 } });
    },
    close: () => Promise.resolve(),
  },
];

describe.each(backends)('the matter catalogue on $name', (backend) => {
  let db: Knex;
  let clock: AdjustableClock;
  let catalogue: MatterCatalogue;
  let departments: Departments;
  let bundles: BundleCatalog;

  beforeAll(async () => {
    db = await backend.open();
    await migrateDatabase(db);
    clock = new AdjustableClock(new Date(NOW));
    catalogue = new MatterCatalogue({ db, clock });
    departments = new Departments(db);
    bundles = new BundleCatalog(db);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await backend.close();
  });

  it('seeds one entry per distinct example matter at version 1, twice at once and again: once', async () => {
    const [first, second] = await Promise.all([seedExampleMatters(db, 'examples', NOW, silent), seedExampleMatters(db, 'examples', NOW, silent)]);
    expect(first.created.length + second.created.length).toBe(EXAMPLE_MATTERS);
    const again = await seedExampleMatters(db, 'examples', NOW, silent);
    expect(again).toEqual({ created: [], linked: [] });
    expect(Number((await db('matters').count({ n: '*' }).first())?.n)).toBe(EXAMPLE_MATTERS);
    expect(Number((await db('matter_versions').count({ n: '*' }).first())?.n)).toBe(EXAMPLE_MATTERS);
    const newborn = await catalogue.get('birth-registration');
    expect(newborn).toMatchObject({ id: 'birth-registration', version: 1, publishedBy: 'system' });
    expect(newborn.definition.name.zh).toBe('生育登记');
    // Departments of their bundles' regions: Henan's 卫生健康委员会, Jinan Lixia's 卫生健康局 …
    const henan = await departments.list('410000');
    expect(henan.map((d) => d.name.zh)).toContain('卫生健康委员会');
    expect(henan.every((d) => d.region === '410000' && d.regionName === '河南省')).toBe(true);
    expect((await catalogue.summary('birth-registration')).department?.id).toBe(henan.find((d) => d.name.zh === '卫生健康委员会')?.id);
  });

  it('pins the example bundle versions published afterwards to those versions', async () => {
    await publishExamples(bundles, 'examples', NOW, silent);
    const links = await db('bundle_version_matters').where({ bundle_id: 'henan-newborn', bundle_version: 1 }).orderBy('matter_id');
    expect(links.map((l: { matter_id: string; matter_version: number }) => [l.matter_id, Number(l.matter_version)])).toEqual([
      ['birth-household-registration', 1],
      ['birth-medical-certificate', 1],
      ['birth-registration', 1],
      ['medical-insurance-enrolment', 1],
      ['social-security-card', 1],
      ['vaccination-certificate', 1],
    ]);
    expect(Number((await db('bundle_version_matters').count({ n: '*' }).first())?.n)).toBe(EXAMPLE_MATTERS);
  });

  it('refuses a draft saved under a stale entity tag, and publishes version 2 while the bundle stays on 1', async () => {
    const v1 = (await catalogue.get('birth-registration')).definition;
    const first = await catalogue.saveDraft({ ...v1, visits: { count: 0 } }, { by: 'designer-a' });
    expect(first).toMatchObject({ id: 'birth-registration', created: false, problems: [] });
    clock.advance(60_000);
    const second = await catalogue.saveDraft({ ...v1, visits: { count: 0, reason: { zh: '全程网办' } } }, { by: 'designer-b', ifMatch: first.etag });
    expect(second.etag).not.toBe(first.etag);
    // designer-a saves again with the tag they opened: refused, naming who saved since, and nothing written.
    const stale = await refusal(catalogue.saveDraft({ ...v1, visits: { count: 3 } }, { by: 'designer-a', ifMatch: first.etag }));
    expect(stale.code).toBe('MATTER_DRAFT_CHANGED');
    expect(stale.params).toMatchObject({ id: 'birth-registration', updatedBy: 'designer-b' });
    expect((await catalogue.draft('birth-registration')).definition['visits']).toEqual({ count: 0, reason: { zh: '全程网办' } });
    // A second designer's first save (no draft expected) is refused too.
    expect((await refusal(catalogue.saveDraft(v1, { by: 'designer-c', ifNoneMatch: '*' }))).code).toBe('MATTER_DRAFT_CHANGED');

    expect((await refusal(catalogue.publish('birth-registration', { by: 'designer-a', ifMatch: first.etag }))).code).toBe('MATTER_DRAFT_CHANGED');
    const published = await catalogue.publish('birth-registration', { by: 'designer-b', ifMatch: second.etag });
    expect(published).toMatchObject({ id: 'birth-registration', version: 2, publishedBy: 'designer-b' });
    expect((await catalogue.get('birth-registration')).version).toBe(2);
    expect((await catalogue.get('birth-registration', 1)).definition.visits).toEqual(v1.visits);
    expect((await catalogue.versions('birth-registration')).versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await refusal(catalogue.draft('birth-registration'))).code).toBe('MATTER_DRAFT_NOT_FOUND');
    // The published bundle version stays pinned to version 1.
    const use = await catalogue.usedBy('birth-registration');
    expect(use.bundleVersions).toEqual([{ bundleId: 'henan-newborn', bundleVersion: 1, matterVersion: 1, latestOfBundle: true }]);
    expect((await catalogue.changes('birth-registration', 1, 2)).map((c) => c.what.zh)).toEqual(['到办事现场次数']);
  });

  it('refuses to publish an invalid draft with its problems located in plain words, and writes nothing', async () => {
    const v2 = (await catalogue.get('birth-registration')).definition;
    const broken: Matter = structuredClone(v2);
    const marriage = broken.materials[1];
    if (!marriage) throw new Error('no second material');
    marriage.copies = 0;
    broken.timeLimits.committed = { days: 30, kind: 'working' };
    const saved = await catalogue.saveDraft(broken, { by: 'designer-a' });
    expect(saved.problems.map((p) => p.message.zh)).toEqual(['申请材料「结婚证」的份数不能小于 1']);
    const refused = await refusal(catalogue.publish('birth-registration', { by: 'designer-a' }));
    expect(refused.code).toBe('MATTER_INVALID');
    const problems = refused.details?.['problems'] as { path: string; place: { zh: string }; message: { zh: string; en: string } }[];
    expect(problems).toEqual([expect.objectContaining({ path: '/materials/1/copies', place: { zh: '申请材料「结婚证」的份数', en: 'material “Marriage certificate”: copies' } })]);
    expect((await catalogue.versions('birth-registration')).versions).toHaveLength(2);
    // Fixed copies, the engine's own check: a committed limit beyond the legal one.
    marriage.copies = 1;
    await catalogue.saveDraft(broken, { by: 'designer-a' });
    const again = await refusal(catalogue.publish('birth-registration', { by: 'designer-a' }));
    expect((again.details?.['problems'] as { code: string; message: { zh: string } }[]).map((p) => [p.code, p.message.zh])).toEqual([
      ['TIME_LIMIT_EXCEEDS_LEGAL', '承诺办结时限：承诺时限 30 个工作日 超过法定时限 5 个工作日'],
    ]);
    expect((await catalogue.versions('birth-registration')).versions).toHaveLength(2);
    await catalogue.deleteDraft('birth-registration');
    expect((await catalogue.summary('birth-registration')).draft).toBeUndefined();
  });

  it('generates ids from the 事项编码, else the name, unique in the catalogue; a code names one matter', async () => {
    const sample = structuredClone((await catalogue.get('birth-registration', 1)).definition) as Partial<Matter>;
    delete sample.id;
    delete sample.code;
    const byName = await catalogue.saveDraft({ ...sample, name: { zh: '二手房转移登记', en: 'Transfer registration' } }, { by: 'designer-a', region: '370100' });
    expect(byName).toMatchObject({ id: 'ershoufangzhuanyidengji', created: true });
    const twin = await catalogue.saveDraft({ ...sample, name: { zh: '二手房转移登记', en: 'Transfer registration' } }, { by: 'designer-a', region: '370100' });
    expect(twin.id).toBe('ershoufangzhuanyidengji-2');
    const byCode = await catalogue.saveDraft({ ...sample, code: '11370100MB2855X001', name: { zh: '水电气过户', en: 'Utilities transfer' } }, { by: 'designer-a' });
    expect(byCode.id).toBe('sx-11370100mb2855x001');
    const taken = await refusal(catalogue.saveDraft({ ...sample, code: '11370100MB2855X001', name: { zh: '别的事项', en: 'Another' } }, { by: 'designer-a' }));
    expect(taken).toMatchObject({ code: 'MATTER_CODE_TAKEN', params: { code: '11370100MB2855X001', id: 'sx-11370100mb2855x001' } });
    expect((await refusal(catalogue.saveDraft({ ...sample, id: 'Not An Id' }, { by: 'designer-a' }))).code).toBe('MATTER_INVALID');
    // A never-published entry goes with its draft.
    await catalogue.deleteDraft(twin.id);
    expect((await refusal(catalogue.summary(twin.id))).code).toBe('MATTER_NOT_FOUND');
  });

  it('finds matters by part of the name, the code or the department, by department and by region', async () => {
    expect((await catalogue.search({ q: '出生' })).map((m) => m.id)).toEqual(['birth-medical-certificate', 'birth-household-registration']);
    expect((await catalogue.search({ q: 'x001' })).map((m) => m.id)).toEqual(['sx-11370100mb2855x001']);
    const lixia = await catalogue.search({ region: '370000' });
    expect(lixia.map((m) => m.region).every((r) => r.startsWith('37'))).toBe(true);
    expect(lixia.map((m) => m.id)).toContain('enrolment-application');
    expect((await catalogue.search({ q: '公安局历下区' })).map((m) => m.id).sort()).toEqual(['household-verification', 'residence-permit-verification']);
    const police = (await departments.list('370102')).find((d) => d.name.zh === '济南市公安局历下区分局');
    expect((await catalogue.search({ department: police?.id ?? '' })).map((m) => m.id).sort()).toEqual(['household-verification', 'residence-permit-verification']);
    expect(await catalogue.search({ q: '%' })).toEqual([]);
  });

  it('gives departments of two regions with the same name different ids, and refuses a bad region', async () => {
    const jinan = await departments.create({ name: '税务局', region: '370100', regionName: '济南市' }, 'admin', NOW);
    const hangzhou = await departments.create({ name: '税务局', region: '330100', regionName: '杭州市' }, 'admin', NOW);
    expect(jinan.id).toBe('shuiwuju-370100');
    expect(hangzhou.id).toBe('shuiwuju-330100');
    expect((await refusal(departments.create({ name: '税务局', region: '370100' }, 'admin', NOW))).code).toBe('DEPARTMENT_EXISTS');
    expect((await refusal(departments.create({ name: '税务局', region: '999999' }, 'admin', NOW))).code).toBe('REGION_INVALID');
    expect((await departments.list('330000')).map((d) => d.id)).toEqual(['shuiwuju-330100']);
  });
});
