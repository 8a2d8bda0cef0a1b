// The matter catalogue (事项库) as the compose page searches it (GET /api/matters): by name, 事项编码 or
// department, filtered by a department and a region chosen by their names. Each published matter shows
// its department with its region and its latest version; picking one adds that version's definition to
// the bundle draft (a bundle version is pinned to the matter versions it carries when it is published).
import type { Matter } from '@onego/schemas/types';
import { useEffect, useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { Department } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { listDepartments, publishedMatter, regionNames, searchMatters } from './matterApi.ts';

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

/** Departments grouped by region (by the region's name), for a select of names. */
function byRegion(departments: readonly Department[], regions: ReadonlyMap<string, string>): [string, string, Department[]][] {
  const groups = new Map<string, Department[]>();
  for (const d of departments) groups.set(d.region, [...(groups.get(d.region) ?? []), d]);
  return [...groups.entries()].map(([region, list]) => [region, regions.get(region) ?? region, list.sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN'))]);
}

export function CatalogueBrowser({ picked, onPick }: CatalogueProps) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const [department, setDepartment] = useState('');
  const [region, setRegion] = useState('');
  const [picking, setPicking] = useState<string | undefined>();
  const [pickError, setPickError] = useState('');
  const q = useSettled(query);
  const departments = useResource(() => listDepartments(api), [api]);
  const regions = useMemo(() => regionNames(departments.data ?? []), [departments.data]);
  const inRegion = useMemo(() => (departments.data ?? []).filter((d) => region === '' || d.region === region), [departments.data, region]);
  const asked = JSON.stringify([q, department, region]);
  const found = useResource(async () => ({ asked, matters: await searchMatters(api, { q, department, region }) }), [api, asked]);
  // only the answer to the search as it is now (never the rows of the previous one while it loads)
  const current = found.data?.asked === asked && q === query ? found.data.matters : undefined;
  const shown = (current ?? []).filter((m) => m.latestVersion !== undefined);
  const departmentOf = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d])), [departments.data]);
  const nameOf = (d: { zh: string; en?: string }) => (lang === 'en' && d.en ? d.en : d.zh);
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
      <div className="inline-fields" role="search" aria-label={t('dz.catalogueSearch')}>
        <label htmlFor={`${id}-q`}>{t('dz.catalogueQuery')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-qh`} />
        <span id={`${id}-qh`} className="hint">
          {t('mx.queryHint')}
        </span>
        <label htmlFor={`${id}-r`}>{t('mx.regionFilter')}</label>
        <select
          id={`${id}-r`}
          value={region}
          onChange={(e) => {
            setRegion(e.target.value);
            setDepartment('');
          }}
        >
          <option value="">{t('mx.allRegions')}</option>
          {[...regions.entries()].map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-d`}>{t('dz.catalogueDepartment')}</label>
        <select id={`${id}-d`} value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('dz.allDepartments')}</option>
          {byRegion(inRegion, regions).map(([code, regionName, list]) => (
            <optgroup key={code} label={regionName}>
              {list.map((d) => (
                <option key={d.id} value={d.id}>
                  {nameOf(d.name)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
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
              const dept = m.department ? departmentOf.get(m.department.id) : undefined;
              return (
                <tr key={m.id}>
                  <th scope="row">
                    {name}
                    {m.code ? <span className="hint block">{t('mx.codeLine', { code: m.code })}</span> : null}
                  </th>
                  <td>
                    {dept ? nameOf(dept.name) : (m.department?.name ?? t('mx.noDepartment'))}
                    <span className="hint block">{regions.get(m.region) ?? (m.region === 'national' ? t('mx.national') : m.region)}</span>
                  </td>
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
