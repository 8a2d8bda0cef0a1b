// 选到哪一级: for a 行政区划 field, how far down the citizen picks the place — province, city, district
// (the default) or township/street — chosen by name, never typed as a code or a level keyword.
import type { DivisionLevel } from '@onego/schemas/types';
import { usePreferences } from '../i18n/preferences.tsx';
import { divisionLevelsFrom } from './matterModel.ts';

interface Props {
  id: string;
  value: DivisionLevel;
  /** The data element's own level: a matter may ask for that or more detail only. */
  least?: DivisionLevel | undefined;
  onChange: (level: DivisionLevel) => void;
}

export function DivisionLevelSelect({ id, value, least, onChange }: Props) {
  const { t } = usePreferences();
  return (
    <div className="field">
      <label htmlFor={id}>{t('mx.divisionLevel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('mx.divisionLevelHint')}
      </p>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value as DivisionLevel)}>
        {divisionLevelsFrom(least).map((level) => (
          <option key={level} value={level}>
            {t(`mx.level.${level}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
