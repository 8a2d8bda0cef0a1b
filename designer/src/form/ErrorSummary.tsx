// The problems of a step at the top (role=alert), each a link that moves the focus to its field; the
// same messages also stand next to the fields.
import type { Ref } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';

export interface SummaryItem {
  label: string;
  message: string;
  /** The id of the input to focus, when there is one. */
  fieldId?: string;
}

/** Focuses the input with this id, or the first control inside the element with this id (radio groups, fieldsets). */
function focusField(id: string): boolean {
  const element = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"]`);
  if (!element) return false;
  const control = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
  (control ?? element).focus();
  (control ?? element).scrollIntoView({ block: 'center' });
  return true;
}

export function ErrorSummary({ items, ref }: { items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  const { t, lang } = usePreferences();
  const colon = lang === 'zh' ? '：' : ': ';
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('error.summary', { count: items.length })}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  if (item.fieldId && focusField(item.fieldId)) event.preventDefault();
                }}
              >
                {item.label}
                {colon}
                {item.message}
              </a>
            ) : (
              <span>
                {item.label}
                {colon}
                {item.message}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
