// The matter catalogue: every matter of the published bundles, searched by name and filtered by department.
import { inLang } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { useId, useMemo, useState } from 'react';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';

interface CatalogueProps {
  catalogue: readonly Matter[];
  picked: ReadonlySet<string>;
  onPick: (matter: Matter) => void;
}

const departmentKey = (m: Matter) => `${m.department.id}|${m.department.name.zh}`;

export function CatalogueBrowser({ catalogue, picked, onPick }: CatalogueProps) {
  const { t, lang } = usePreferences();
  const id = useId();
  const [query, setQuery] = useState('');
  const [department, setDepartment] = useState('');
  const departments = useMemo(() => {
    const all = new Map<string, string>();
    // the same department id names different bodies in different regions: a department is its id and name
    for (const m of catalogue) all.set(departmentKey(m), inLang(m.department.name, lang));
    return [...all.entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  }, [catalogue, lang]);
  const needle = query.trim().toLowerCase();
  const shown = catalogue.filter(
    (m) =>
      (department === '' || departmentKey(m) === department) &&
      (needle === '' || [m.name.zh, m.name.en, m.id, m.department.name.zh, m.department.name.en].some((text) => text.toLowerCase().includes(needle))),
  );
  return (
    <section aria-labelledby="design-catalogue" className="design-section">
      <h2 id="design-catalogue" tabIndex={-1}>
        {t('dz.catalogue')}
      </h2>
      <div className="inline-fields" role="search" aria-label={t('dz.catalogueSearch')}>
        <label htmlFor={`${id}-q`}>{t('dz.catalogueQuery')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor={`${id}-d`}>{t('dz.catalogueDepartment')}</label>
        <select id={`${id}-d`} value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('dz.allDepartments')}</option>
          {departments.map(([depId, name]) => (
            <option key={depId} value={depId}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="hint">
        {t('dz.catalogueCount', { n: shown.length })}
      </p>
      <TableScroll label={t('dz.catalogue')}>
        <table className="catalogue">
          <thead>
            <tr>
              <th scope="col">{t('dz.matter')}</th>
              <th scope="col">{t('dz.department')}</th>
              <th scope="col">{t('dz.pick')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <th scope="row">{inLang(m.name, lang)}</th>
                <td>{inLang(m.department.name, lang)}</td>
                <td>
                  {picked.has(m.id) ? (
                    <span className="hint">{t('dz.picked')}</span>
                  ) : (
                    <button type="button" className="btn" aria-label={t('dz.pickMatter', { name: inLang(m.name, lang) })} onClick={() => onPick(m)}>
                      {t('dz.pick')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
