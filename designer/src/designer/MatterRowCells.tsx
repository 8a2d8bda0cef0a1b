// The first two cells of a row of the matter catalogue (事项库), the same in its list page and in the
// compose page's catalogue browser: the matter by its name (with its 事项编码), and its department by the
// catalogue's name for it with the region under it — by names, never by their codes alone.
import { useMemo } from 'react';
import type { Department, MatterSummary } from '../api/types.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { regionNames } from './matterApi.ts';

/** The catalogue's departments by id, and the regions by code with their names. */
export interface DepartmentIndex {
  byId: ReadonlyMap<string, Department>;
  regions: ReadonlyMap<string, string>;
}

export function useDepartmentIndex(departments: readonly Department[] | undefined): DepartmentIndex {
  return useMemo(() => ({ byId: new Map((departments ?? []).map((d) => [d.id, d])), regions: regionNames(departments ?? []) }), [departments]);
}

/** A name in the language chosen (Chinese when it has no English one). */
export function useNameOf(): (name: { zh: string; en?: string }) => string {
  const { lang } = usePreferences();
  return (name) => (lang === 'en' && name.en ? name.en : name.zh);
}

export function MatterRowCells({ matter, index }: { matter: MatterSummary; index: DepartmentIndex }) {
  const { t } = usePreferences();
  const nameOf = useNameOf();
  const department = matter.department ? index.byId.get(matter.department.id) : undefined;
  return (
    <>
      <th scope="row">
        {nameOf(matter.name)}
        {matter.code ? <span className="hint block">{t('mx.codeLine', { code: matter.code })}</span> : null}
      </th>
      <td>
        {department ? nameOf(department.name) : (matter.department?.name ?? t('mx.noDepartment'))}
        <span className="hint block">{index.regions.get(matter.region) ?? (matter.region === 'national' ? t('mx.national') : matter.region)}</span>
      </td>
    </>
  );
}
