// The place picker of a cn-division-code (or cn-township-code) field: province → city → district (→
// township where the field asks, x-division-level), native selects a keyboard and a screen reader know,
// and a search box ("金水" finds 河南省 郑州市 金水区). The data loads on first use (its own chunks). A
// field a matter limits to a region (pattern ^53…) offers that region only. The value is the code of the
// level asked for, set once that level is chosen.
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { findDivision, loadTownships, useDivisions, type Division, type DivisionData } from './divisionData.ts';
import { depthOf, LEVELS, regionPrefix } from './divisionField.ts';
import { searchDivisions, type DivisionMatch } from './divisionSearch.ts';

/** The codes chosen at each level for a value: 410105 → 41, 4101, 410105. */
function pickedOf(value: unknown, data: DivisionData | undefined): string[] {
  if (typeof value !== 'string' || !/^[0-9]{6}([0-9]{3})?$/.test(value) || !data) return [];
  const province = findDivision(data.provinces, value.slice(0, 2));
  if (!province) return [];
  const city = province.children.find((c) => c.code === value.slice(0, 4));
  if (!city) return [province.code];
  const district = city.children.find((d) => d.code === value.slice(0, 6));
  if (!district) return [province.code, city.code];
  return value.length === 9 ? [province.code, city.code, district.code, value] : [province.code, city.code, district.code];
}

/** The value for the choices made: the code of the level asked for, or undefined until it is chosen. */
function valueOf(picked: string[], depth: number): string | undefined {
  const code = picked[depth - 1];
  if (code === undefined) return undefined;
  return depth === 4 ? code : code.padEnd(6, '0');
}

const fits = (code: string, prefix: string) => code.startsWith(prefix.slice(0, code.length)) || prefix.startsWith(code) || code.startsWith(prefix);

export function DivisionPicker({ id, schema, value, onChange, required, disabled, readonly, label, rawErrors }: WidgetProps) {
  const { t } = usePreferences();
  const divisions = useDivisions();
  const data = divisions.status === 'ready' ? divisions.value : undefined;
  const depth = depthOf(schema);
  const prefix = regionPrefix(schema);
  const [picked, setPicked] = useState<string[]>([]);
  const [townships, setTownships] = useState<Division[]>([]);
  const [query, setQuery] = useState('');
  const locked = disabled || readonly;

  // The value set from outside (prefill, a draft, another step) shows as choices; a field limited to one
  // province (^53) starts there, without answering for the citizen.
  useEffect(() => {
    if (!data) return;
    if (valueOf(picked, depth) !== value) setPicked(pickedOf(value, data));
    else if (value === undefined && picked.length === 0) {
      const provinces = data.provinces.filter((p) => fits(p.code, prefix));
      if (provinces.length === 1 && provinces[0]) setPicked(descend([provinces[0].code]).slice(0, depth - 1));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value or the data change
  }, [value, data, depth]);

  const district = picked[2];
  useEffect(() => {
    if (depth < 4 || !district) return setTownships([]);
    let live = true;
    loadTownships(district).then((list) => live && setTownships(list), () => live && setTownships([]));
    return () => {
      live = false;
    };
  }, [depth, district]);

  const options: Division[][] = useMemo(() => {
    if (!data) return [];
    const provinces = data.provinces.filter((p) => fits(p.code, prefix));
    const city = picked[0] ? findDivision(data.provinces, picked[0])?.children.filter((c) => fits(c.code, prefix)) ?? [] : [];
    const districts = picked[1] ? findDivision(data.provinces, picked[1])?.children.filter((d) => fits(d.code, prefix)) ?? [] : [];
    return [provinces, city, districts, townships];
  }, [data, picked, prefix, townships]);

  const results: DivisionMatch[] = useMemo(
    () => (data && query.trim() ? searchDivisions(data.provinces, data.names, query, Math.min(depth, 3)).filter((m) => fits(m.code.slice(0, Math.max(2, prefix.length)), prefix)) : []),
    [data, query, depth, prefix],
  );

  /** The choices with the only option of each level below added (北京市 → 市辖区, 东莞市 → 东莞市). */
  function descend(codes: string[]): string[] {
    const next = [...codes];
    while (data && next.length > 0 && next.length < Math.min(depth, 3)) {
      const children = findDivision(data.provinces, next[next.length - 1] ?? '')?.children.filter((c) => fits(c.code, prefix)) ?? [];
      if (children.length !== 1 || !children[0]) break;
      next.push(children[0].code);
    }
    return next;
  }

  function commit(next: string[]) {
    setPicked(next);
    onChange(valueOf(next, depth));
  }

  /** Chooses a code at a level (or clears it and what is below it, for ''). */
  function choose(level: number, code: string) {
    commit(code ? descend([...picked.slice(0, level), code]) : picked.slice(0, level));
  }

  /** Chooses a place found by the search, then moves on to the next level to choose, or to the last chosen. */
  function chooseMatch(match: DivisionMatch) {
    if (!data) return;
    const next = descend(pickedOf(match.code, data));
    setQuery('');
    commit(next);
    const focus = Math.min(next.length, depth - 1);
    requestAnimationFrame(() => document.getElementById(selectId(id, focus))?.focus());
  }

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter here picks a place, it does not submit the form
    if (results[0]) chooseMatch(results[0]);
  }

  if (divisions.status === 'failed') return <p className="field-error" role="alert">{t('division.failed')}</p>;
  const invalid = rawErrors?.length ? true : undefined;
  return (
    <div className="division-picker" role="group" aria-label={label}>
      <div className="division-levels">
        {LEVELS.slice(0, depth).map((level, i) => {
          const list = options[i] ?? [];
          const selectable = !locked && data !== undefined && (i === 0 || picked[i - 1] !== undefined);
          return (
            <div className="division-level" key={level}>
              <label htmlFor={selectId(id, i)}>
                {i > 0 ? <span className="visually-hidden">{label} </span> : null}
                {t(`division.${level}`)}
              </label>
              <select
                id={selectId(id, i)}
                value={picked[i] ?? ''}
                disabled={!selectable}
                required={required}
                aria-invalid={invalid}
                aria-describedby={ariaDescribedByIds(id)}
                onChange={(event) => choose(i, event.target.value)}
              >
                <option value="">{data ? t('division.choose') : t('division.loading')}</option>
                {list.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {locked ? null : (
        <div className="division-search">
          <label htmlFor={`${id}-search`}>{t('division.search')}</label>
          <p className="hint" id={`${id}-search-hint`}>
            {t('division.searchHint')}
          </p>
          <input
            type="search"
            id={`${id}-search`}
            className="form-control"
            value={query}
            autoComplete="off"
            aria-describedby={`${id}-search-hint`}
            disabled={!data}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKey}
          />
          <p className="visually-hidden" aria-live="polite">
            {query.trim() ? (results.length > 0 ? t('division.found', { count: results.length }) : t('division.notFound')) : ''}
          </p>
          {results.length > 0 ? (
            <ul className="division-results">
              {results.map((match) => (
                <li key={match.code}>
                  <button type="button" className="btn btn-small btn-secondary" onClick={() => chooseMatch(match)}>
                    {match.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : query.trim() && data ? (
            <p className="hint">{t('division.notFound')}</p>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** The id of a level's select: the field's own id for the province (its label points there). */
const selectId = (id: string, level: number) => (level === 0 ? id : `${id}-${LEVELS[level] ?? ''}`);
