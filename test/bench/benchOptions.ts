// Options of `npm run bench` (after `--`). The default is a quick run of a few minutes at reduced scale;
// `--full` is the run the targets are stated for (10-minute sustained load, 1M applications, 100k in flight).
import { parseArgs } from 'node:util';

const PHASES = ['engine', 'baseline', 'ramp', 'sustained', 'latency', 'memory', 'inbox'] as const;
type Phase = (typeof PHASES)[number];

export interface BenchOptions {
  full: boolean;
  phases: Set<Phase>;
  /** Seconds of the sustained run at the maximum rate. */
  durationS: number;
  /** Seconds of each step of the rate search. */
  stepS: number;
  /** First arrival rate of the search (applications per second). */
  rampStart: number;
  /** Skip the search and take this as the maximum rate (applications per second). */
  rate?: number;
  /** Seconds of the run at 50 % of the maximum. */
  latencyS: number;
  /** Seconds of the storage baseline. */
  baselineS: number;
  /** Applications submitted and left in flight for the memory figure. */
  inFlight: number;
  /** Applications seeded for the inbox figure. */
  inboxApplications: number;
  /** Seconds of inbox queries. */
  inboxS: number;
  /** CPU-profile the server during the sustained run and print where its time goes. */
  profile: boolean;
}

const USAGE = `npm run bench [-- options]
  (no option)        quick run, a few minutes, reduced scale (targets marked when not at their scale)
  --full             the targets' run: 10-minute sustained load, 1,000,000 applications for the inbox,
                     100,000 in flight for memory (about 40 minutes)
  --only a,b         phases to run, of: ${PHASES.join(', ')}
  --duration S       seconds of the sustained run (quick 30, full 600)
  --rate N           skip the rate search, take N applications/s as the maximum
  --ramp-start N     first rate of the search (default 20 applications/s, then ×1.5 per step)
  --step S           seconds per search step (quick 8, full 20)
  --latency S        seconds at 50 % of the maximum (quick 15, full 60)
  --baseline S       seconds of the storage baseline (quick 10, full 30)
  --in-flight N      applications left in flight for the memory figure (quick 5000, full 100000)
  --inbox-apps N     applications seeded for the inbox figure (quick 50000, full 1000000)
  --inbox S          seconds of inbox queries (quick 10, full 30)
  --profile          CPU-profile the server during the sustained run (node --cpu-prof) and summarise it`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, not ${value}\n${USAGE}`);
  return n;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      full: { type: 'boolean', default: false },
      only: { type: 'string' },
      duration: { type: 'string' },
      rate: { type: 'string' },
      'ramp-start': { type: 'string' },
      step: { type: 'string' },
      latency: { type: 'string' },
      baseline: { type: 'string' },
      'in-flight': { type: 'string' },
      'inbox-apps': { type: 'string' },
      inbox: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const full = values.full;
  const only = values.only?.split(',').map((p) => p.trim());
  const unknown = only?.filter((p) => !(PHASES as readonly string[]).includes(p)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown phase ${unknown.join(', ')}\n${USAGE}`);
  return {
    full,
    phases: new Set((only ?? PHASES) as Phase[]),
    durationS: positive('duration', values.duration, full ? 600 : 30),
    stepS: positive('step', values.step, full ? 20 : 8),
    rampStart: positive('ramp-start', values['ramp-start'], 20),
    ...(values.rate !== undefined ? { rate: positive('rate', values.rate, 0) } : {}),
    latencyS: positive('latency', values.latency, full ? 60 : 15),
    baselineS: positive('baseline', values.baseline, full ? 30 : 10),
    inFlight: Math.round(positive('in-flight', values['in-flight'], full ? 100_000 : 5_000)),
    inboxApplications: Math.round(positive('inbox-apps', values['inbox-apps'], full ? 1_000_000 : 50_000)),
    inboxS: positive('inbox', values.inbox, full ? 30 : 10),
    profile: values.profile,
  };
}
