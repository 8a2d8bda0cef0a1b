// Group commit: writes queued while a transaction runs share the next one; each settles once committed;
// one write's failure fails that write only (the others are written, it is not).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommit } from '../src/commands/groupCommit.ts';
import { createDatabase, createReadDatabase, type Database } from '../src/db/createDatabase.ts';
import { AppError } from '../src/http/appError.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-group-commit-'));
let db: Database;
let reads: Database;
const begins: string[] = [];

beforeAll(async () => {
  const file = path.join(dir, 'test.sqlite');
  db = createDatabase(file);
  await db.schema.createTable('things', (t) => {
    t.string('name').primary();
    t.integer('n').notNullable();
  });
  reads = createReadDatabase(file, db);
  db.on('query', (q: { sql: string }) => {
    if (/^BEGIN/i.test(q.sql)) begins.push(q.sql);
  });
});
afterAll(async () => {
  await reads.destroy();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (name: string, n = 1) => async (trx: Parameters<Parameters<GroupCommit['write']>[0]>[0]) => {
  await trx('things').insert({ name, n });
  return name;
};

describe('group commit', () => {
  it('writes the writes queued meanwhile in one transaction, each settled once committed', async () => {
    const writes = new GroupCommit(db);
    begins.length = 0;
    const first = writes.write(insert('first'));
    const queued = ['a', 'b', 'c', 'd'].map((name) => writes.write(insert(name)));
    expect(await first).toBe('first');
    expect(await Promise.all(queued)).toEqual(['a', 'b', 'c', 'd']);
    expect(begins).toHaveLength(2); // the first alone, then the four together
    // Committed: visible on another connection.
    expect((await reads('things').whereIn('name', ['first', 'a', 'b', 'c', 'd']).count({ n: '*' }).first())?.['n']).toBe(5);
  });

  it('fails the failing write only: the rest of its batch is written, it is not', async () => {
    const writes = new GroupCommit(db);
    begins.length = 0;
    const first = writes.write(insert('x0'));
    const ok1 = writes.write(insert('x1'));
    const duplicate = writes.write(async (trx) => {
      await trx('things').insert({ name: 'x2', n: 1 });
      await trx('things').insert({ name: 'x1', n: 2 }); // the key x1 is taken (in this batch)
      return 'never';
    });
    const refused = writes.write(async (trx) => {
      await trx('things').insert({ name: 'x3', n: 1 });
      throw new AppError(409, 'CONCURRENT_UPDATE');
    });
    const ok2 = writes.write(insert('x4'));
    const [, a, b, c, d] = await Promise.allSettled([first, ok1, duplicate, refused, ok2]);
    expect(a).toEqual({ status: 'fulfilled', value: 'x1' });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/UNIQUE constraint failed/) as unknown } });
    expect(c).toMatchObject({ status: 'rejected', reason: { code: 'CONCURRENT_UPDATE' } });
    expect(d).toEqual({ status: 'fulfilled', value: 'x4' });
    const names = ((await reads('things').where('name', 'like', 'x%').orderBy('name')) as { name: string; n: number }[]).map((r) => `${r.name}:${r.n}`);
    expect(names).toEqual(['x0:1', 'x1:1', 'x4:1']);
  });

  it('runs a lone write at once, in its own transaction', async () => {
    const writes = new GroupCommit(db);
    begins.length = 0;
    expect(await writes.write(insert('lone'))).toBe('lone');
    expect(await writes.write(insert('lone2'))).toBe('lone2');
    expect(begins).toHaveLength(2);
  });
});
