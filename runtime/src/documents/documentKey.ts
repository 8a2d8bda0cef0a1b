// The signing key of document verification tokens, read from the database (made on first use by whichever
// process comes first; the others read the same row) and then kept in memory.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/createDatabase.ts';

const KEY_ID = 'document-verification';

export class DocumentKey {
  private key: Promise<Buffer> | undefined;

  constructor(private readonly db: Database) {}

  get(): Promise<Buffer> {
    this.key ??= this.load().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async load(): Promise<Buffer> {
    await this.db('document_keys')
      .insert({ id: KEY_ID, secret: randomBytes(32).toString('base64'), created_at: new Date().toISOString() })
      .onConflict('id')
      .ignore();
    const row = (await this.db('document_keys').where({ id: KEY_ID }).first()) as { secret: string };
    return Buffer.from(row.secret, 'base64');
  }
}
