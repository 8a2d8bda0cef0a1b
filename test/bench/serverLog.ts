// The server's own view of a run: its request log lines (JSON, one per request, with the milliseconds
// from the first middleware to the response) summarised by route. The difference from the client's
// latency is time spent before the request reached Koa: in sockets, in the event loop's queue.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { summarize, type Summary } from './percentiles.ts';

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Request times by route (ids replaced by :id), of the requests logged between two ISO instants. */
export async function requestTimesByRoute(logFile: string, fromTime = '', toTime = '9999'): Promise<{ route: string; server: Summary }[]> {
  const times = new Map<string, number[]>();
  const lines = createInterface({ input: createReadStream(logFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes('"msg":"request"')) continue;
    let entry: { time?: string; method?: string; path?: string; ms?: number };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue;
    }
    if (!entry.time || entry.time < fromTime || entry.time > toTime) continue;
    if (typeof entry.ms !== 'number') continue;
    const route = `${entry.method ?? '?'} ${(entry.path ?? '?').replace(ID, ':id')}`;
    let list = times.get(route);
    if (!list) times.set(route, (list = []));
    list.push(entry.ms);
  }
  return [...times]
    .map(([route, ms]) => ({ route, server: summarize(ms) }))
    .filter((r) => r.server.count >= 10)
    .sort((a, b) => b.server.count - a.server.count);
}
