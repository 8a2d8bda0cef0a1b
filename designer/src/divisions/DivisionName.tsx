// A division code shown as its places (河南省 郑州市 金水区), wherever the web app shows a submitted value:
// the code itself until the names are loaded, or when the data does not know it.
import { divisionName } from '@onego/engine';
import { useEffect, useState } from 'react';
import { loadDivisions, loadTownships } from './divisionData.ts';

function useDivisionName(code: string): string {
  const [name, setName] = useState(code);
  useEffect(() => {
    let live = true;
    const named = async () => {
      const data = await loadDivisions();
      if (code.length === 9) await loadTownships(code.slice(0, 6));
      return divisionName(code, (c) => data.names.get(c));
    };
    named().then(
      (found) => live && setName(found),
      () => live && setName(code),
    );
    return () => {
      live = false;
    };
  }, [code]);
  return name;
}

export function DivisionName({ code }: { code: string }) {
  const name = useDivisionName(code);
  return name === code ? <>{code}</> : <span title={code}>{name}</span>;
}
