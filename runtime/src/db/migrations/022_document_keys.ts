import type { Knex } from 'knex';

// The key that signs the verification tokens in the QR codes of receipts and completion notices (受理回执,
// 办结通知书). Kept in the database so that every process signs alike, and a backup still verifies the
// documents it issued. One row, made on first use; never changed (a document issued years ago must still
// verify).
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('document_keys', (t) => {
    t.string('id', 40).primary();
    t.string('secret', 100).notNullable(); // base64 of 32 random bytes
    t.string('created_at', 40).notNullable();
  });
}
