// The administrative divisions, loaded on demand the first time a page needs them (their own chunks, see
// designer/build/divisionModules.ts): the tree of provinces, cities and districts, the townships of a
// province when a field asks for them, and the names of every code loaded so far.
import { useEffect, useState } from 'react';
import { loadDivisionTree, loadStreets, type DivisionTuple } from 'virtual:divisions';

export interface Division {
  code: string;
  name: string;
  children: Division[];
}

export interface DivisionData {
  provinces: Division[];
  /** Names by 2-, 4-, 6- (and, once loaded, 9-) digit code. */
  names: Map<string, string>;
}

const toDivision = ([code, name, children]: DivisionTuple): Division => ({ code, name, children: (children ?? []).map(toDivision) });

let data: Promise<DivisionData> | undefined;
const streets = new Map<string, Promise<void>>();

export function loadDivisions(): Promise<DivisionData> {
  data ??= loadDivisionTree().then((tree) => {
    const provinces = tree.map(toDivision);
    const names = new Map<string, string>();
    const index = (list: Division[]) => list.forEach((d) => (names.set(d.code, d.name), index(d.children)));
    index(provinces);
    return { provinces, names };
  });
  data.catch(() => (data = undefined)); // a failed load is tried again next time
  return data;
}

/** The townships of a district (9-digit codes), loading its province's once. */
export async function loadTownships(district: string): Promise<Division[]> {
  const loaded = await loadDivisions();
  const province = district.slice(0, 2);
  let pending = streets.get(province);
  if (!pending) {
    pending = loadStreets(province).then((byDistrict) => {
      for (const [code, list] of Object.entries(byDistrict)) {
        const parent = findDivision(loaded.provinces, code);
        if (parent) parent.children = list.map(([c, n]) => ({ code: c, name: n, children: [] }));
        for (const [c, n] of list) loaded.names.set(c, n);
      }
    });
    pending.catch(() => streets.delete(province));
    streets.set(province, pending);
  }
  await pending;
  return findDivision(loaded.provinces, district)?.children ?? [];
}

/** The division with a 2-, 4- or 6-digit code in the tree. */
export function findDivision(provinces: Division[], code: string): Division | undefined {
  const province = provinces.find((p) => p.code === code.slice(0, 2));
  if (!province || code.length === 2) return province;
  const city = province.children.find((c) => c.code === code.slice(0, 4));
  if (!city || code.length === 4) return city;
  return city.children.find((d) => d.code === code.slice(0, 6));
}

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/** The division data once loaded (loading it on first use). */
export function useDivisions(): LoadState<DivisionData> {
  const [state, setState] = useState<LoadState<DivisionData>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDivisions().then(
      (value) => live && setState({ status: 'ready', value }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
