// Numbers as people type them: a plain text box (no spinner that changes the value on a scroll), a
// numeric keyboard on phones, commas, spaces and full-width digits accepted; amounts (format amount) in
// yuan, right-aligned, shown with two decimals once left. What cannot be read as a number is kept as
// typed, so that the field gets its plain message ("请填写整数，如 12").
import { ariaDescribedByIds, getTemplate, type WidgetProps } from '@rjsf/utils';
import { useEffect, useState } from 'react';
import { usePreferences } from '../../i18n/preferences.tsx';

/** 1,280.5 / １２８０ / ' 12 ' → a number; anything else → the text as typed (undefined when empty). */
export function readNumber(text: string): number | string | undefined {
  const plain = text
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s元]/g, '');
  if (plain === '') return undefined;
  return /^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(plain) ? Number(plain) : text;
}

const shown = (value: unknown, amount: boolean) => (typeof value === 'number' ? (amount ? value.toFixed(2) : String(value)) : typeof value === 'string' ? value : '');

function NumberInput(props: WidgetProps) {
  const { t } = usePreferences();
  const { id, onChange, onBlur, onFocus, required, disabled, readonly, rawErrors, schema, htmlName } = props;
  const value: unknown = props.value;
  const amount = schema.format === 'amount';
  const [text, setText] = useState(shown(value, amount));
  // A value set from outside (prefill, a draft) replaces what was typed when they differ as numbers.
  useEffect(() => {
    if (readNumber(text) !== value && !(value === undefined && text === '')) setText(shown(value, amount));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the value set from outside only
  }, [value]);
  const input = (
    <input
      type="text"
      id={id}
      name={htmlName || id}
      className={amount ? 'form-control input-amount' : 'form-control input-number'}
      inputMode={schema.type === 'integer' ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(event) => {
        setText(event.target.value);
        onChange(readNumber(event.target.value));
      }}
      onBlur={() => {
        const read = readNumber(text);
        if (amount && typeof read === 'number') setText(read.toFixed(2));
        onBlur(id, read);
      }}
      onFocus={() => onFocus(id, value)}
    />
  );
  if (!amount) return input;
  return (
    <span className="input-with-unit">
      {input}
      <span className="unit" aria-hidden="true">
        {t('amount.unit')}
      </span>
    </span>
  );
}

/** rjsf's text widget, with numbers and whole numbers typed as above. */
export function TextWidget(props: WidgetProps) {
  const type = props.schema.type;
  if (type === 'number' || type === 'integer') return <NumberInput {...props} />;
  const BaseInputTemplate = getTemplate('BaseInputTemplate', props.registry, props.options);
  return <BaseInputTemplate {...props} />;
}

export const AmountWidget = NumberInput;
