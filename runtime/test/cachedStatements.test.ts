// knex over sqlite3 with each connection's prepared statements kept: the same results as knex's own client
// (rows, inserted ids, changed counts, errors), statements reused and dropped beyond their bound, and the
// connection still closes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db/createDatabase.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-statements-'));
let db: Database;

beforeAll(async () => {
  db = createDatabase(path.join(dir, 'test.sqlite'));
  await db.schema.createTable('things', (t) => {
    t.increments('id');
    t.string('name').notNullable().unique();
    t.integer('n').notNullable().defaultTo(0);
  });
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('prepared statements kept per connection', () => {
  it('answers as knex does: inserted ids, rows, changed and deleted counts, again and again', async () => {
    for (let round = 0; round < 3; round++) {
      const [id] = await db('things').insert({ name: `a${round}`, n: round });
      expect(id).toBe(round + 1);
      expect(await db('things').where({ id }).first()).toEqual({ id, name: `a${round}`, n: round });
      expect(await db('things').where({ id }).update({ n: 10 + round })).toBe(1);
      expect(await db('things').where({ id: 999 }).update({ n: 0 })).toBe(0);
    }
    expect((await db('things').orderBy('id')).map((r: { n: number }) => r.n)).toEqual([10, 11, 12]);
    expect(await db('things').where('n', '>', 10).delete()).toBe(2);
    expect(await db('things').count({ c: '*' }).first()).toEqual({ c: 1 });
  });

  it('refuses what SQLite refuses, the same statement working afterwards', async () => {
    await db('things').insert({ name: 'unique' });
    await expect(db('things').insert({ name: 'unique' })).rejects.toThrow(/UNIQUE constraint failed/);
    await expect(db('things').insert({ name: 'unique' })).rejects.toThrow(/UNIQUE constraint failed/);
    const [id] = await db('things').insert({ name: 'another' });
    expect(await db('things').where({ id }).first('name')).toEqual({ name: 'another' });
  });

  it('rejects a statement that does not prepare (no hanging query), every time', async () => {
    for (let i = 0; i < 2; i++) await expect(db('no_such_table').select()).rejects.toThrow(/no such table/);
    await expect(db.raw('select * from no_such_table where x = ?', [1])).rejects.toThrow(/no such table/);
  });

  it('rolls back a failed transaction and commits the next one', async () => {
    await expect(
      db.transaction(async (trx) => {
        await trx('things').insert({ name: 'in-rolled-back' });
        await trx('things').insert({ name: 'unique' });
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db('things').where({ name: 'in-rolled-back' }).first()).toBeUndefined();
    await db.transaction(async (trx) => {
      await trx('things').insert({ name: 'committed' });
    });
    expect(await db('things').where({ name: 'committed' }).first('name')).toEqual({ name: 'committed' });
  });

  it('keeps working beyond the bound of kept statements (the oldest are finalized)', async () => {
    // 250 distinct SQL texts: more than the 200 kept per connection.
    for (let i = 1; i <= 250; i++) await db('things').whereIn('id', Array.from({ length: i }, (_, k) => k + 1)).select('id');
    expect(await db('things').where({ name: 'committed' }).first('name')).toEqual({ name: 'committed' });
  });

  it('sees schema changes made after a statement was kept', async () => {
    expect(Object.keys((await db('things').first()) as object)).toEqual(['id', 'name', 'n']);
    await db.schema.alterTable('things', (t) => t.string('extra'));
    expect(Object.keys((await db('things').first()) as object)).toEqual(['id', 'name', 'n', 'extra']);
  });
});
