// The matter catalogue (事项库) as the compose page searches it (GET /api/matters): by name, 事项编码 or
// department, filtered by a department and a region chosen by their names. Each published matter shows
// its department with its region and its latest version; picking one adds that version's definition to
// the bundle draft (a bundle version is pinned to the matter versions it carries when it is published).
import type { Matter } from '@onego/schemas/types';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { listDepartments, publishedMatter, searchMatters } from './matterApi.ts';
import { MatterRowCells, useDepartmentIndex, useNameOf } from './MatterRowCells.tsx';
import { MatterSearchFields, NO_SEARCH } from './MatterSearchFields.tsx';

interface CatalogueProps {
  picked: ReadonlySet<string>;
  onPick: (matter: Matter) => void;
}

/** The value after it stopped changing for a moment (a search per pause in typing, not per key). */
function useSettled<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function CatalogueBrowser({ picked, onPick }: CatalogueProps) {
  const { t } = usePreferences();
  const api = useApi();
  const [search, setSearch] = useState(NO_SEARCH);
  const { query, department, region } = search;
  const [picking, setPicking] = useState<string | undefined>();
  const [pickError, setPickError] = useState('');
  const q = useSettled(query);
  const departments = useResource(() => listDepartments(api), [api]);
  const index = useDepartmentIndex(departments.data);
  const nameOf = useNameOf();
  const asked = JSON.stringify([q, department, region]);
  const found = useResource(async () => ({ asked, matters: await searchMatters(api, { q, department, region }) }), [api, asked]);
  // only the answer to the search as it is now (never the rows of the previous one while it loads)
  const current = found.data?.asked === asked && q === query ? found.data.matters : undefined;
  const shown = (current ?? []).filter((m) => m.latestVersion !== undefined);
  const pick = async (matterId: string) => {
    setPicking(matterId);
    setPickError('');
    try {
      onPick((await publishedMatter(api, matterId)).definition);
    } catch (error) {
      setPickError(error instanceof ApiError ? describeError(error, t) : t('error.title'));
    } finally {
      setPicking(undefined);
    }
  };
  return (
    <section aria-labelledby="design-catalogue" className="design-section">
      <h2 id="design-catalogue" tabIndex={-1}>
        {t('dz.catalogue')}
      </h2>
      <MatterSearchFields search={search} onChange={setSearch} departments={departments.data ?? []} label="dz.catalogueSearch" />
      {departments.error ? <ErrorMessage error={departments.error} onRetry={departments.reload} /> : null}
      {found.error ? <ErrorMessage error={found.error} onRetry={found.reload} /> : null}
      <p role="status" className="hint">
        {current === undefined ? t('mx.searching') : t('dz.catalogueCount', { n: shown.length })}
      </p>
      {pickError ? (
        <p className="alert alert-error" role="alert">
          {pickError}
        </p>
      ) : null}
      <TableScroll label={t('dz.catalogue')}>
        <table className="catalogue">
          <thead>
            <tr>
              <th scope="col">{t('dz.matter')}</th>
              <th scope="col">{t('mx.departmentAndRegion')}</th>
              <th scope="col">{t('mx.version')}</th>
              <th scope="col">{t('dz.pick')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => {
              const name = nameOf(m.name);
              return (
                <tr key={m.id}>
                  <MatterRowCells matter={m} index={index} />
                  <td>{t('dz.publishedN', { n: m.latestVersion ?? 0 })}</td>
                  <td>
                    {picked.has(m.id) ? (
                      <span className="hint">{t('dz.picked')}</span>
                    ) : (
                      <button type="button" className="btn" aria-label={t('dz.pickMatter', { name })} aria-disabled={picking !== undefined || undefined} onClick={() => void (picking ? undefined : pick(m.id))}>
                        {t('dz.pick')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
