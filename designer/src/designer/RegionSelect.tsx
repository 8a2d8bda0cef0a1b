// A region (the one a bundle is for, 适用地区; the one of an imported catalogue's rows), chosen by name: a province, then (optionally) a city, then a
// district, from the administrative divisions (GB/T 2260); "不限地区" for none. The bundle keeps the
// division code (6 digits: 410000, 410100, 410102) and its name, never typed by the designer.
import type { Bundle } from '@onego/schemas/types';
import { findDivision, useDivisions, type Division } from '../divisions/divisionData.ts';
import { usePreferences } from '../i18n/preferences.tsx';

type Region = NonNullable<Bundle['region']>;

/** The 2-, 4- and 6-digit codes a 6-digit division code is inside (410102 → 41, 4101, 410102). */
function levelsOf(code: string | undefined): string[] {
  if (!code) return [];
  const levels = [code.slice(0, 2)];
  if (code.slice(2, 4) !== '00') levels.push(code.slice(0, 4));
  if (code.slice(4, 6) !== '00') levels.push(code);
  return levels;
}

const sixDigits = (code: string) => code.padEnd(6, '0');

interface RegionSelectProps {
  region: Region | undefined;
  onChange: (region: Region | undefined) => void;
  /** The ids of the fieldset and its selects (`${id}-0` …). */
  id: string;
  legend: string;
  hint?: string;
}

export function RegionSelect({ region, onChange, id, legend, hint }: RegionSelectProps) {
  const { t } = usePreferences();
  const divisions = useDivisions();
  if (divisions.status === 'loading') return <p className="hint">{t('cat.regionLoading')}</p>;
  if (divisions.status === 'failed') return <p className="field-error">{t('cat.regionFailed')}</p>;
  const { provinces } = divisions.value;
  const picked = levelsOf(region?.divisionCode);
  const lists: Division[][] = [provinces, picked[0] ? findDivision(provinces, picked[0])?.children ?? [] : [], picked[1] ? findDivision(provinces, picked[1])?.children ?? [] : []];
  const labels = [t('cat.regionProvince'), t('cat.regionCity'), t('cat.regionDistrict')];

  function choose(level: number, code: string) {
    const next = code ? code : picked[level - 1];
    if (!next) return onChange(undefined);
    const division = findDivision(provinces, next);
    if (division) onChange({ divisionCode: sixDigits(division.code), name: { zh: division.name } });
  }

  return (
    <fieldset className="region-select" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint block" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <div className="inline-fields">
        {lists.map((list, level) =>
          level === 0 || list.length > 0 ? (
            <span key={level}>
              <label htmlFor={`${id}-${level}`}>{labels[level]}</label>{' '}
              <select id={`${id}-${level}`} value={picked[level] ?? ''} onChange={(e) => choose(level, e.target.value)}>
                <option value="">{level === 0 ? t('cat.regionNone') : t('cat.regionAll')}</option>
                {list.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </span>
          ) : null,
        )}
      </div>
    </fieldset>
  );
}
