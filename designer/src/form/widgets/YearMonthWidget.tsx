// A month of a year (year-month format, 2025-03): a year and a month chosen from lists, so that no
// wrong value can be written. The value is set once both are chosen.
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { usePreferences } from '../../i18n/preferences.tsx';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** The years offered, newest first: ten ahead to a hundred back, and the value's own year. */
function yearsAround(now: number, value: string): string[] {
  const years = Array.from({ length: 111 }, (_, i) => String(now + 10 - i));
  const own = value.slice(0, 4);
  if (/^[0-9]{4}$/.test(own) && !years.includes(own)) years.push(own);
  return years;
}

export function YearMonthWidget({ id, value, onChange, required, disabled, readonly, rawErrors, label }: WidgetProps) {
  const { t } = usePreferences();
  const text = typeof value === 'string' ? value : '';
  const [year, setYear] = useState(text.slice(0, 4));
  const [month, setMonth] = useState(text.slice(5, 7));
  useEffect(() => {
    if (text && text !== `${year}-${month}`) {
      setYear(text.slice(0, 4));
      setMonth(text.slice(5, 7));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the value set from outside only
  }, [text]);
  const set = (y: string, m: string) => {
    setYear(y);
    setMonth(m);
    onChange(y && m ? `${y}-${m}` : undefined);
  };
  const common = {
    required,
    disabled: disabled || readonly,
    'aria-invalid': rawErrors?.length ? true : undefined,
    'aria-describedby': ariaDescribedByIds(id),
  };
  return (
    <div className="year-month" role="group" aria-label={label}>
      <select id={id} value={year} onChange={(event) => set(event.target.value, month)} {...common}>
        <option value="">{t('division.choose')}</option>
        {yearsAround(new Date().getFullYear(), text).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={id}>{t('yearMonth.year')}</label>
      <select id={`${id}-month`} value={month} onChange={(event) => set(year, event.target.value)} {...common}>
        <option value="">{t('division.choose')}</option>
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-month`}>
        <span className="visually-hidden">{label} </span>
        {t('yearMonth.month')}
      </label>
    </div>
  );
}
