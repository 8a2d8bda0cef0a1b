// Answers as a reader checks them: each field's title and its value as words (option labels, 是/否,
// places for division codes, amounts in yuan), nested groups and numbered list items; a field left
// empty says so.
import type { ReactNode } from 'react';
import { DivisionName } from '../divisions/DivisionName.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { formatAmount } from '../format.ts';
import { orderedKeys, propertiesOf, valueLabel, type Schema, type UiSchema } from '../form/schemaTools.ts';

interface DataViewProps {
  schema: Schema;
  uiSchema: UiSchema | undefined;
  value: unknown;
  /** Show only the fields that have a value (a task's projected data), not every field of the schema. */
  onlyPresent?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function DataView({ schema, uiSchema, value, onlyPresent = false }: DataViewProps) {
  const { t, lang } = usePreferences();
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];

  function render(s: Schema | undefined, ui: UiSchema | undefined, v: unknown): ReactNode {
    if (v === undefined || v === null || v === '') return <span className="empty">{t('common.empty')}</span>;
    if (s && (s['type'] === 'object' || isObject(s['properties'])) && isObject(v)) {
      const keys = orderedKeys(s, ui).filter((k) => !onlyPresent || v[k] !== undefined);
      return (
        <dl className="data-list">
          {keys.map((key) => {
            const child = propertiesOf(s)[key];
            return (
              <div className="data-row" key={key}>
                <dt>{typeof child?.['title'] === 'string' ? child['title'] : key}</dt>
                <dd>{render(child, isObject(ui?.[key]) ? (ui[key]) : undefined, v[key])}</dd>
              </div>
            );
          })}
        </dl>
      );
    }
    if (Array.isArray(v)) {
      const items = s && isObject(s['items']) ? (s['items'] as Schema) : undefined;
      const itemUi = isObject(ui?.['items']) ? (ui['items'] as UiSchema) : undefined;
      return (
        <ol className="data-items">
          {v.map((item, i) => (
            <li key={i}>
              <span className="data-item-title">{t('common.item', { n: i + 1 })}</span>
              {render(items, itemUi, item)}
            </li>
          ))}
        </ol>
      );
    }
    if (typeof v === 'string' && (s?.['format'] === 'cn-division-code' || s?.['format'] === 'cn-township-code')) return <DivisionName code={v} />;
    if (typeof v === 'number' && s?.['format'] === 'amount') return `${formatAmount(v, lang)} ${t('amount.unit')}`;
    return valueLabel(s, ui, v, yesNo);
  }

  return <>{render(schema, uiSchema, value)}</>;
}
