// Bundles taken off the portal (下线) and put back, in the store, on a SQLite file and on a real PostgreSQL
// (test/support/postgresServer.ts): withdrawn twice at once, once (the first who and when stay); the
// service lists only bundles on the portal, refuses a new application to a withdrawn one (BUNDLE_WITHDRAWN)
// and puts it back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleCatalog } from '../src/bundles/bundleCatalog.ts';
import { BundleService } from '../src/bundles/bundleService.ts';
import { refuseWithdrawn, withdraw, withdrawals } from '../src/bundles/bundleWithdrawals.ts';
import { publishExamples } from '../src/bundles/publishExamples.ts';
import { AdjustableClock } from '../src/clock.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { DomainError } from '../src/domainError.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';
import { createMetrics } from '../src/observability/metrics.ts';
import { SharedDataService } from '../src/sharedData/sharedDataService.ts';
import { startPostgres, type PostgresServer } from '../../test/support/postgresServer.ts';

const NOW = '2026-03-02T01:00:00.000Z';
const dir = mkdtempSync(path.join(tmpdir(), 'onego-withdrawals-'));
let postgres: PostgresServer | undefined;
afterAll(() => {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const backends: { name: string; open(): Promise<Knex> }[] = [
  { name: 'SQLite', open: () => Promise.resolve(createDatabase(path.join(dir, 'withdrawals.sqlite'))) },
  {
    name: 'PostgreSQL',
    async open() {
      postgres = await startPostgres();
      return knex({ client: 'pg', connection: postgres.url, pool: { min: 1, max: 4 } });
    },
  },
];

describe.each(backends)('bundle withdrawals on $name', (backend) => {
  let db: Knex;
  let service: BundleService;

  beforeAll(async () => {
    db = await backend.open();
    await migrateDatabase(db);
    const catalog = new BundleCatalog(db);
    await publishExamples(catalog, 'examples', NOW, pino({ level: 'silent' }));
    const clock = new AdjustableClock(new Date(NOW));
    service = new BundleService({ db, catalog, clock, sharedData: new SharedDataService(undefined, { clock, log: pino({ level: 'silent' }), metrics: createMetrics() }) });
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
  });

  it('withdraws once when asked twice at once, keeping the first who and when', async () => {
    const [a, b] = await Promise.all([withdraw(db, 'school-enrolment', 'designer-a', NOW), withdraw(db, 'school-enrolment', 'designer-b', '2026-03-02T02:00:00.000Z')]);
    expect(a).toEqual(b);
    expect([...(await withdrawals(db)).keys()]).toEqual(['school-enrolment']);
    await service.restore('school-enrolment');
    expect((await withdrawals(db)).size).toBe(0);
  });

  it('lists only bundles on the portal and refuses a new application to a withdrawn one', async () => {
    const off = await service.withdraw('henan-newborn', 'designer-wang');
    expect(off.withdrawn?.withdrawnBy).toBe('designer-wang');
    expect(off.withdrawn?.withdrawnAt.slice(0, 16)).toBe(NOW.slice(0, 16));
    expect((await service.list('zh')).map((b) => b.id)).not.toContain('henan-newborn');
    expect((await service.listWithdrawn('zh')).map((b) => [b.id, b.withdrawnBy])).toEqual([['henan-newborn', 'designer-wang']]);
    const refused = await refuseWithdrawn(db, 'henan-newborn', '新生儿出生一件事').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('BUNDLE_WITHDRAWN');
    await expect(refuseWithdrawn(db, 'business-startup', '企业开办')).resolves.toBeUndefined();
    await service.restore('henan-newborn');
    expect((await service.list('zh')).map((b) => b.id)).toContain('henan-newborn');
    await expect(service.withdraw('no-such-bundle', 'designer-wang')).rejects.toMatchObject({ code: 'BUNDLE_NOT_FOUND' });
  });
});
