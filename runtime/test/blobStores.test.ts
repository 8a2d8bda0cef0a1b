// The blob stores, one contract suite run against each (as one contract suite runs against several
// validators): the folder (fileBlobStore.ts), the database on SQLite and the database on a real
// PostgreSQL (databaseBlobStore.ts, the default there). Content-addressed, streamed in and out, temp files
// of a failed write and of a crash removed but not another process's in flight; and orphan collection:
// blobs no upload names, stored before the grace period, removed by one process at a time, while a blob
// stored again (the same bytes uploaded anew) is kept. And the figure of a 20 MB upload into each.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import knex from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/support/postgresServer.ts';
import { tinyPng } from '../../test/support/uploadFiles.ts';
import { AdjustableClock } from '../src/clock.ts';
import { createDatabase, type Database } from '../src/db/createDatabase.ts';
import type { BlobStore } from '../src/materials/blobStore.ts';
import { CHUNK_BYTES, DatabaseBlobStore } from '../src/materials/databaseBlobStore.ts';
import { FileBlobStore } from '../src/materials/fileBlobStore.ts';
import { OrphanBlobCollector } from '../src/materials/orphanBlobs.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';

const folder = () => mkdtemp(path.join(tmpdir(), 'onego-blobs-'));
const HOUR = 60 * 60 * 1000;

let postgres: PostgresServer;
const databases: Database[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);

afterAll(async () => {
  for (const db of databases) await db.destroy();
  postgres?.stop();
}, 60_000);

interface Setup {
  db: Database;
  blobs: BlobStore;
  clock: AdjustableClock;
  /** Where the temp files of uploads in flight are. */
  tempFolder: string;
}

async function sqlite(): Promise<Database> {
  const db = createDatabase(path.join(await folder(), 'onego.sqlite'));
  databases.push(db);
  await migrateDatabase(db);
  return db;
}

let postgresDatabases = 0;
async function postgresDatabase(): Promise<Database> {
  const name = `blobs_${++postgresDatabases}`;
  const admin = knex({
    client: 'pg',
    connection: postgres.url,
    pool: { min: 0, max: 1 },
  });
  await admin.raw('create database ??', [name]);
  await admin.destroy();
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  const db = knex({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: 4 },
  });
  databases.push(db);
  await migrateDatabase(db);
  return db;
}

/** The database blob store over `db`, its temp files in a folder of their own. */
async function databaseStore(db: Database): Promise<Setup> {
  const clock = new AdjustableClock();
  const tempFolder = path.join(await folder(), 'tmp');
  return { db, blobs: new DatabaseBlobStore(db, tempFolder, clock), clock, tempFolder };
}

const STORES: [string, () => Promise<Setup>][] = [
  [
    'files',
    async () => {
      const root = path.join(await folder(), 'blobs');
      const clock = new AdjustableClock();
      return {
        db: await sqlite(),
        blobs: new FileBlobStore(root, clock),
        clock,
        tempFolder: path.join(root, 'tmp'),
      };
    },
  ],
  ['database on SQLite', async () => databaseStore(await sqlite())],
  ['database on PostgreSQL', async () => databaseStore(await postgresDatabase())],
];

async function store(blobs: BlobStore, bytes: Buffer): Promise<string> {
  const temp = await blobs.writeTemp(Readable.from([bytes]));
  await blobs.commit(temp);
  await blobs.discard(temp);
  return temp.sha256;
}

const bytesOf = (blobs: BlobStore, sha256: string) => buffer(blobs.read(sha256));

/** A draft upload naming `sha256` (a row that references the blob). */
async function referenced(db: Database, sha256: string): Promise<void> {
  const at = new Date().toISOString();
  const id = `draft-${sha256.slice(0, 8)}`;
  await db('application_drafts').insert({
    id,
    applicant: 'citizen-blobs',
    bundle_id: 'henan-newborn',
    answers: '{}',
    data: '{}',
    version: 1,
    created_at: at,
    updated_at: at,
    expires_at: at,
  });
  await db('draft_material_uploads').insert({
    id: `upload-${sha256.slice(0, 8)}`,
    draft_id: id,
    material_id: 'm',
    sha256,
    size: 1,
    media_type: 'image/png',
    filename: 'a.png',
    uploaded_by: 'citizen-blobs',
    uploaded_at: at,
  });
}

describe.each(STORES)('the blob store: %s', (_name, setup) => {
  it('stores by SHA-256, once per content, streams the bytes back, and leaves no temp file', async () => {
    const { blobs, tempFolder } = await setup();
    await blobs.open();
    const png = tinyPng(9);
    const first = await blobs.writeTemp(Readable.from([png.subarray(0, 10), png.subarray(10)]));
    expect(first.size).toBe(png.length);
    expect(first.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    await blobs.commit(first);
    await blobs.discard(first);
    const second = await blobs.writeTemp(Readable.from([png]));
    expect(second.sha256).toBe(first.sha256);
    await blobs.commit(second);
    await blobs.discard(second);
    expect(await blobs.has(first.sha256)).toBe(true);
    expect((await bytesOf(blobs, first.sha256)).equals(png)).toBe(true);
    expect(await blobs.has('0'.repeat(64))).toBe(false);
    expect(readdirSync(tempFolder)).toEqual([]);
    expect(() => blobs.read('../../etc/passwd')).toThrow();
  });

  it('keeps a file of several chunks whole, in order', async () => {
    const { blobs } = await setup();
    await blobs.open();
    const bytes = randomBytes(CHUNK_BYTES * 2 + 1234);
    const sha256 = await store(blobs, bytes);
    expect((await bytesOf(blobs, sha256)).equals(bytes)).toBe(true);
  });

  it('removes the temp file of a failed write, and on open the temp files left by a crash but not the uploads in flight', async () => {
    const { blobs, tempFolder } = await setup();
    await blobs.open();
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(blobs.writeTemp(failing)).rejects.toThrow('connection reset');
    expect(readdirSync(tempFolder)).toEqual([]);
    const crashed = path.join(tempFolder, 'left-by-a-crash');
    writeFileSync(crashed, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    utimesSync(crashed, twoHoursAgo, twoHoursAgo);
    // Another process sharing the folder is writing this one now.
    writeFileSync(path.join(tempFolder, 'in-flight'), 'y');
    await blobs.open();
    expect(readdirSync(tempFolder)).toEqual(['in-flight']);
  });

  it('collects the blobs no upload names once past the grace period, keeps the named, the young and the stored again', async () => {
    const { db, blobs, clock } = await setup();
    await blobs.open();
    const orphan = await store(blobs, Buffer.from('orphan'));
    const named = await store(blobs, Buffer.from('named'));
    const again = await store(blobs, Buffer.from('stored again'));
    await referenced(db, named);
    const collector = new OrphanBlobCollector({
      db,
      blobs,
      clock,
      graceMs: 24 * HOUR,
    });
    expect(await collector.collect()).toBe(0); // all younger than the grace period
    clock.advance(23 * HOUR);
    await store(blobs, Buffer.from('stored again')); // uploaded anew: its grace period starts again
    const young = await store(blobs, Buffer.from('young'));
    clock.advance(2 * HOUR);
    expect(await collector.collect()).toBe(1);
    expect(await blobs.has(orphan)).toBe(false);
    for (const kept of [named, again, young]) expect(await blobs.has(kept)).toBe(true);
    expect(await text(blobs.read(named))).toBe('named');
    // Gone and uploaded again: stored again.
    expect(await store(blobs, Buffer.from('orphan'))).toBe(orphan);
    expect(await text(blobs.read(orphan))).toBe('orphan');
  });

  it('lets one collector at a time run: the other finds the lease taken until the first is done', async () => {
    const { db, blobs, clock } = await setup();
    await blobs.open();
    for (let i = 0; i < 20; i++) await store(blobs, Buffer.from(`orphan ${i}`));
    clock.advance(25 * HOUR);
    const collectors = [1, 2].map(() => new OrphanBlobCollector({ db, blobs, clock, graceMs: 24 * HOUR }));
    const removed = await Promise.all(collectors.map((c) => c.collect()));
    expect([...removed].sort((a, b) => a - b)).toEqual([0, 20]);
    expect(await blobs.storedBefore(clock.now().toISOString(), 100)).toEqual([]);
  });

  it('takes a 20 MB upload streamed in and out (the figure in runtime/README.md)', async () => {
    const { blobs } = await setup();
    await blobs.open();
    const bytes = randomBytes(20 * 1024 * 1024);
    const started = performance.now();
    const temp = await blobs.writeTemp(
      Readable.from(
        (function* () {
          for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
        })(),
      ),
    );
    const written = performance.now();
    await blobs.commit(temp);
    await blobs.discard(temp);
    const committed = performance.now();
    let size = 0;
    const hash = createHash('sha256');
    for await (const chunk of blobs.read(temp.sha256) as AsyncIterable<Buffer>) {
      size += chunk.length;
      hash.update(chunk);
    }
    const read = performance.now();
    expect(size).toBe(bytes.length);
    expect(hash.digest('hex')).toBe(temp.sha256);
    // eslint-disable-next-line no-console -- the figure, for runtime/README.md
    console.info(
      `20 MB, ${_name}: temp file ${Math.round(written - started)} ms, commit ${Math.round(committed - written)} ms, read ${Math.round(read - committed)} ms`,
    );
  }, 60_000);
});
