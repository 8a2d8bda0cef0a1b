// npm run bench — engine speed on this machine, as medians over repeated batches (never a timed test).
// Each case runs in a fresh process so that one case's garbage does not tax the next. Each is measured
// interleaved with a baseline (a JSON round trip of the same submission) in its process, and given as the
// median ratio to it too: on a shared machine the ratio is much steadier than the rate.
// Targets (issue 3): validate ≥ 200,000 merged submissions/s; restore + event + serialise ≥ 15,000/s;
// compile of the newborn bundle < 20 ms.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CASES, type CaseName, type CaseResult } from './engineCases.ts';

const caseArg = process.argv[2] as CaseName | undefined;
if (caseArg) {
  const run = CASES[caseArg];
  if (!run) throw new Error(`unknown case ${caseArg}`);
  process.stdout.write(JSON.stringify(run()));
} else {
  const results = new Map<CaseName, CaseResult>();
  for (const name of Object.keys(CASES) as CaseName[]) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), name], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`case ${name} failed: ${child.stderr}`);
    results.set(name, JSON.parse(child.stdout) as CaseResult);
  }
  const rows = [...results.values()].map((r) => {
    const value = r.unit === 'ms' ? `${r.value.toFixed(2)} ms` : `${Math.round(r.value).toLocaleString('en-US')}/s`;
    const ratio = r.vsBaseline === undefined ? '—' : r.unit === 'ms' ? `${r.vsBaseline.toFixed(0)} baseline ops` : `${r.vsBaseline.toFixed(2)}×`;
    const baselineHere = r.baselinePerSecond === undefined ? '—' : `${Math.round(r.baselinePerSecond).toLocaleString('en-US')}/s`;
    const met = r.target === undefined ? '—' : (r.unit === 'ms' ? r.value < r.target : r.value >= r.target) ? 'yes' : 'NO';
    const target = r.target === undefined ? '—' : r.unit === 'ms' ? `< ${r.target} ms` : `≥ ${r.target.toLocaleString('en-US')}/s`;
    return { case: r.label, median: value, target, met, 'vs baseline': ratio, 'baseline meanwhile': baselineHere };
  });
  console.log(`OneGo engine benchmark — newborn bundle (6 matters), node ${process.version}; medians, each case in its own process,`);
  console.log('interleaved with the baseline (a JSON round trip of the submission): "vs baseline" is the median ratio of the rounds');
  console.table(rows);
}
