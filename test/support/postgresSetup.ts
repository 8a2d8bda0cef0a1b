// vitest globalSetup of the `postgres` project (vitest.config.ts): one throwaway PostgreSQL server for the
// whole run (postgresServer.ts), its URL handed to the test files in ONEGO_TEST_POSTGRES_URL, and on it a
// database with every migration applied, the template of the database each test server makes for itself
// (testDatabase.ts): a copy is made in a moment, where fourteen migrations on each would take seconds.
// Stopped and removed when the run ends.
import knex from 'knex';
import { migrateDatabase } from '../../runtime/src/migrateDatabase.ts';
import { startPostgres } from './postgresServer.ts';
import { MIGRATED_TEMPLATE, withDatabase } from './testDatabase.ts';

export default async function setup(): Promise<() => void> {
  // No test here outlives a crash of this server: commits need not wait for their flush.
  const server = await startPostgres(['synchronous_commit=off']);
  const admin = knex({ client: 'pg', connection: server.url, pool: { min: 0, max: 1 } });
  try {
    await admin.raw('create database ??', [MIGRATED_TEMPLATE]);
  } finally {
    await admin.destroy();
  }
  const template = knex({ client: 'pg', connection: withDatabase(server.url, MIGRATED_TEMPLATE), pool: { min: 0, max: 2 } });
  try {
    await migrateDatabase(template);
  } finally {
    await template.destroy();
  }
  process.env['ONEGO_TEST_POSTGRES_URL'] = server.url;
  return () => server.stop();
}
