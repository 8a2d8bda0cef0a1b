// 字段类型: a field's plain type and format (文本, 日期, 时间, 金额, 身份证号, 手机号, 行政区划 …), chosen by name;
// the format each stands for is written for the designer (FIELD_KINDS in matterModel.ts). A type written
// by hand in a way the choices do not cover reads 自定义.
import { usePreferences } from '../i18n/preferences.tsx';
import { FIELD_KINDS, type FieldKind } from './matterModel.ts';

export function FieldKindSelect({ id, value, allowAttachment, onChange }: { id: string; value: FieldKind | undefined; allowAttachment: boolean; onChange: (kind: FieldKind) => void }) {
  const { t } = usePreferences();
  return (
    <div className="field">
      <label htmlFor={id}>{t('mx.fieldType')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value as FieldKind)}>
        {value === undefined ? <option value="">{t('mx.kindCustom')}</option> : null}
        {FIELD_KINDS.filter((k) => allowAttachment || k !== 'attachment').map((k) => (
          <option key={k} value={k}>
            {t(`mx.type.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
