// How long the fuzz suite runs and from which seed. In the normal suite: a fixed seed, a few runs per
// operation. `npm run fuzz` (FUZZ_LONG=1): a random seed, printed, and many runs. Either is replayed
// exactly with FUZZ_SEED=… FUZZ_RUNS=… (the whole file: the server's state depends on what ran before).

function whole(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  return value;
}

const long = process.env['FUZZ_LONG'] === '1';

/** The seed of the run; each operation's property runs from this seed plus its index. */
export const FUZZ_SEED = whole('FUZZ_SEED') ?? (long ? Math.floor(Math.random() * 2 ** 31) : 17);

/** Requests per operation (plus the plain one of each kind of caller). */
export const FUZZ_RUNS = whole('FUZZ_RUNS') ?? (long ? 150 : 6);

/** How to run this again. */
export const REPLAY = `FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS} npx vitest run test/fuzz`;

/** Print the statuses answered per operation at the end (a long run does; FUZZ_STATS=1 asks for it). */
export const FUZZ_STATS = long || process.env['FUZZ_STATS'] === '1';
