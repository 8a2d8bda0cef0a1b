// Builds the web app (designer/ → designer/dist) with Vite when its inputs changed since the last build:
// the designer's sources, the engine and the schemas it bundles, and the locked dependency versions.
// A hash of their contents is kept in designer/dist/.inputs-hash; an unchanged hash skips the build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = path.join(ROOT, 'designer', 'dist');
const STAMP = path.join(WEB_DIST, '.inputs-hash');
const INPUTS = ['designer/src', 'designer/build', 'designer/public', 'designer/index.html', 'designer/vite.config.ts', 'designer/package.json', 'engine/src', 'engine/data', 'engine/package.json', 'schemas', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'dist', 'generated']);

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => !SKIP.has(d.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => files(path.join(entry, d.name)));
}

/** A hash of every input file's path and contents. */
export function webAppInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(`${file.split(path.sep).join('/')}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

/** Builds designer/dist unless it is current (or always with force). Returns whether it built. */
export async function buildWebApp(options: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  const inputs = webAppInputsHash();
  const current = existsSync(path.join(WEB_DIST, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs;
  if (current && !options.force) return false;
  const { build } = await import('vite');
  // Always the production build (React's production mode, nothing for development), also when the test
  // runner (NODE_ENV=test) builds it: Vite would otherwise follow NODE_ENV.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ configFile: path.join(ROOT, 'designer', 'vite.config.ts'), mode: 'production', logLevel: options.quiet ? 'warn' : 'info' });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  writeFileSync(STAMP, inputs);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  const built = await buildWebApp({ force: process.argv.includes('--force') });
  console.log(built ? `web app built into designer/dist in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'web app in designer/dist is current');
}
