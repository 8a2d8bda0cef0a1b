// Each workspace package's entry points (package.json `exports` and `bin`) name files that exist, and
// @onego/runtime's main entry loads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WORKSPACES = ['schemas', 'engine', 'runtime', 'designer'];

interface Manifest {
  exports?: Record<string, string>;
  bin?: Record<string, string>;
}

/** The files a target names: itself, or for a `*` pattern the files of its folder that match. */
function filesOf(dir: string, target: string): string[] {
  if (!target.includes('*')) return existsSync(path.join(dir, target)) ? [target] : [];
  const folder = path.posix.dirname(target);
  const [before = '', after = ''] = path.posix.basename(target).split('*');
  return readdirSync(path.join(dir, folder)).filter((f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length);
}

describe('package entry points', () => {
  it.each(WORKSPACES)('of %s name files that exist', (workspace) => {
    const manifest = JSON.parse(readFileSync(path.join(workspace, 'package.json'), 'utf8')) as Manifest;
    const targets = [...Object.values(manifest.exports ?? {}), ...Object.values(manifest.bin ?? {})];
    for (const target of targets) expect(filesOf(workspace, target), `${workspace}: ${target}`).not.toEqual([]);
  });

  it('of @onego/runtime: the server, the configuration and the migrations', async () => {
    const runtime = await import('@onego/runtime');
    expect(Object.keys(runtime).sort()).toEqual(['ConfigError', 'configFromEnv', 'migrateDatabase', 'startServer']);
  });
});
