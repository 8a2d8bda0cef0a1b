// A time of day (hour-minute format): one text box for HH:MM with a numeric keyboard on phones. What a
// person types is kept as typed, so a wrong time gets its plain message; on leaving the box, common ways
// of writing a time are tidied (8:30 → 08:30, 0830 → 08:30, full-width ８：３０ → 08:30).
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';

/** 8:30, 0830, ８：３０, 8.30 → 08:30; anything else unchanged. */
export function tidyTime(text: string): string {
  const halfWidth = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[：.．。]/g, ':');
  const match = /^([0-9]{1,2}):?([0-9]{2})$/.exec(halfWidth);
  if (!match) return halfWidth;
  return `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
}

export function HourMinuteWidget({ id, value, onChange, onBlur, onFocus, required, disabled, readonly, rawErrors, htmlName }: WidgetProps) {
  const text = typeof value === 'string' ? value : '';
  return (
    <input
      type="text"
      id={id}
      name={htmlName || id}
      className="form-control input-time"
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      value={text}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={ariaDescribedByIds(id)}
      onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      onBlur={(event) => {
        const tidy = tidyTime(event.target.value);
        if (tidy !== event.target.value) onChange(tidy === '' ? undefined : tidy);
        onBlur(id, tidy);
      }}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}
