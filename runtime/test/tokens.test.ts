// Bearer tokens: a verified token is remembered (no signature check per request), but never past its
// expiry by the server's clock, and a forged or altered token is refused whatever was verified before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenService } from '../src/auth/tokens.ts';
import { DomainError } from '../src/domainError.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'onego-tokens-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const refused = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('INVALID_TOKEN');
};

describe('token verification', () => {
  const tokens = new TokenService({ devLogin: true, dataDir });
  const issued = new Date('2026-03-02T09:00:00+08:00');
  const later = (ms: number) => new Date(issued.getTime() + ms);

  it('accepts a token again without re-verifying it, and refuses it once expired by the clock', async () => {
    const token = await tokens.issueDevToken({ subject: 'officer-1', role: 'officer', department: 'health' }, issued);
    const first = await tokens.verify(token, issued);
    expect(first).toEqual({ subject: 'officer-1', role: 'officer', department: 'health' });
    expect(Object.isFrozen(first)).toBe(true);
    expect(await tokens.verify(token, later(60_000))).toBe(first); // remembered
    expect(await tokens.verify(token, later(30 * 60_000))).toEqual(first); // verified again after 10 minutes
    await refused(tokens.verify(token, later(12 * 3600_000))); // dev tokens live 12 hours
    await refused(tokens.verify(token, later(12 * 3600_000 + 1000)));
  });

  it('refuses an altered token even when the original was verified', async () => {
    const token = await tokens.issueDevToken({ subject: 'citizen-1', role: 'citizen' }, issued);
    await tokens.verify(token, issued);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
    await refused(tokens.verify(`${header}.${forged}.${signature}`, issued));
    await refused(tokens.verify(`${header}.${payload}.${signature.slice(0, -2)}AA`, issued));
    await refused(tokens.verify('not a token', issued));
  });

  it('refuses a token signed with another key', async () => {
    const other = new TokenService({ devLogin: true, dataDir: path.join(dataDir, 'other') });
    const token = await other.issueDevToken({ subject: 'citizen-2', role: 'citizen' }, issued);
    await refused(tokens.verify(token, issued));
  });
});
