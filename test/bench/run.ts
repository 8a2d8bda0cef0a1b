// npm run bench [-- options]: the engine benchmark (engineBench.ts, each case in its own process), then
// the runtime's HTTP benchmark (httpBench.ts). `npm run bench -- --help` lists the options; the default is
// a quick run of a few minutes, `--full` the run the targets are stated for.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseBenchOptions } from './benchOptions.ts';
import { runHttpBench } from './httpBench.ts';

const options = parseBenchOptions(process.argv.slice(2));
const started = Date.now();
if (options.phases.has('engine')) {
  const engine = spawnSync(process.execPath, ['--import', 'tsx', path.join(path.dirname(fileURLToPath(import.meta.url)), 'engineBench.ts')], { stdio: 'inherit' });
  if (engine.status !== 0) process.exit(engine.status ?? 1);
}
if ([...options.phases].some((p) => p !== 'engine')) await runHttpBench(options);
console.log(`\nnpm run bench ${process.argv.slice(2).join(' ')}: ${((Date.now() - started) / 60_000).toFixed(1)} minutes`);
