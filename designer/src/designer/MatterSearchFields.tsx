// The search of the matter catalogue (事项库), shared by its list page and the compose page's browser: a
// text (name, 事项编码 or department), a region and a department, both chosen by their names; the
// departments are grouped under their regions, and choosing a region clears the department.
import { useId, useMemo } from 'react';
import type { Department } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { regionNames } from './matterApi.ts';

export interface MatterSearch {
  query: string;
  region: string;
  department: string;
}

export const NO_SEARCH: MatterSearch = { query: '', region: '', department: '' };

/** Departments grouped by region (by the region's name), each group by name. */
function byRegion(departments: readonly Department[], regions: ReadonlyMap<string, string>): [string, string, Department[]][] {
  const groups = new Map<string, Department[]>();
  for (const d of departments) groups.set(d.region, [...(groups.get(d.region) ?? []), d]);
  return [...groups.entries()].map(([region, list]) => [region, regions.get(region) ?? region, list.sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN'))]);
}

interface MatterSearchFieldsProps {
  search: MatterSearch;
  onChange: (search: MatterSearch) => void;
  departments: readonly Department[];
  /** The accessible name of the search region. */
  label: MessageKey;
}

export function MatterSearchFields({ search, onChange, departments, label }: MatterSearchFieldsProps) {
  const { t, lang } = usePreferences();
  const id = useId();
  const regions = useMemo(() => regionNames(departments), [departments]);
  const inRegion = departments.filter((d) => search.region === '' || d.region === search.region);
  const nameOf = (n: { zh: string; en?: string }) => (lang === 'en' && n.en ? n.en : n.zh);
  return (
    <div className="inline-fields" role="search" aria-label={t(label)}>
      <label htmlFor={`${id}-q`}>{t('dz.catalogueQuery')}</label>
      <input id={`${id}-q`} type="search" value={search.query} onChange={(e) => onChange({ ...search, query: e.target.value })} aria-describedby={`${id}-qh`} />
      <span id={`${id}-qh`} className="hint">
        {t('mx.queryHint')}
      </span>
      <label htmlFor={`${id}-r`}>{t('mx.regionFilter')}</label>
      <select id={`${id}-r`} value={search.region} onChange={(e) => onChange({ ...search, region: e.target.value, department: '' })}>
        <option value="">{t('mx.allRegions')}</option>
        {[...regions.entries()].map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-d`}>{t('dz.catalogueDepartment')}</label>
      <select id={`${id}-d`} value={search.department} onChange={(e) => onChange({ ...search, department: e.target.value })}>
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
  );
}
