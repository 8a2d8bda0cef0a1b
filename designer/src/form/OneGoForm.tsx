// react-jsonschema-form as OneGo uses it: the engine validates (see validation.ts), so rjsf only
// renders; text buttons instead of icon fonts; rjsf's own strings in the reader's language; errors next
// to the fields, never as a list at the top (the page shows its own summary with links).
import Form from '@rjsf/core';
import {
  ariaDescribedByIds,
  englishStringTranslator,
  enumOptionsIsSelected,
  enumOptionValueEncoder,
  getOptionValueFormat,
  optionId,
  replaceStringParameters,
  TranslatableString,
  type ErrorSchema,
  type IconButtonProps,
  type RegistryWidgetsType,
  type WidgetProps,
  type TemplatesType,
  type UiSchema as RjsfUiSchema,
} from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { CHINESE_FORMATS, FORM_FORMATS, type Lang } from '@onego/engine';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ReactNode } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { DivisionPicker } from '../divisions/DivisionPicker.tsx';
import { HourMinuteWidget } from './widgets/HourMinuteWidget.tsx';
import { AmountWidget, TextWidget } from './widgets/NumberWidget.tsx';
import { YearMonthWidget } from './widgets/YearMonthWidget.tsx';

// rjsf asks its validator about oneOf/anyOf branches while rendering; it must read draft 2020-12 and
// know OneGo's formats. Submissions are checked by the engine, not by this.
const renderValidator = customizeValidator({
  AjvClass: Ajv2020 as unknown as NonNullable<Parameters<typeof customizeValidator>[0]>['AjvClass'],
  customFormats: {
    ...Object.fromEntries(Object.entries(CHINESE_FORMATS).map(([name, format]) => [name, (value: string) => format.problem(value) === null])),
    // a number format (amount) never sees a string; listed so that ajv knows the name
    ...Object.fromEntries(Object.entries(FORM_FORMATS).map(([name, format]) => [name, (value: string) => format.type === 'number' || format.valid(value)])),
  },
});

const STRINGS: Partial<Record<TranslatableString, MessageKey>> = {
  [TranslatableString.AddButton]: 'rjsf.add',
  [TranslatableString.AddItemButton]: 'rjsf.add',
  [TranslatableString.RemoveButton]: 'rjsf.remove',
  [TranslatableString.MoveUpButton]: 'rjsf.moveUp',
  [TranslatableString.MoveDownButton]: 'rjsf.moveDown',
  [TranslatableString.CopyButton]: 'rjsf.copy',
  [TranslatableString.ClearButton]: 'rjsf.clear',
  [TranslatableString.EmptyArray]: 'rjsf.emptyArray',
  [TranslatableString.ArrayItemTitle]: 'rjsf.item',
  [TranslatableString.YesLabel]: 'common.yes',
  [TranslatableString.NoLabel]: 'common.no',
};

function textButton(which: TranslatableString, tone: string) {
  return function TextButton({ id, registry, className, onClick, disabled, style }: IconButtonProps) {
    return (
      <button type="button" id={id} onClick={onClick} disabled={disabled} style={style} className={`btn btn-small btn-${tone} ${className ?? ''}`}>
        {registry.translateString(which)}
      </button>
    );
  };
}

const templates: Partial<TemplatesType> = {
  ButtonTemplates: {
    AddButton: textButton(TranslatableString.AddItemButton, 'secondary'),
    RemoveButton: textButton(TranslatableString.RemoveButton, 'danger'),
    MoveUpButton: textButton(TranslatableString.MoveUpButton, 'secondary'),
    MoveDownButton: textButton(TranslatableString.MoveDownButton, 'secondary'),
    CopyButton: textButton(TranslatableString.CopyButton, 'secondary'),
    ClearButton: textButton(TranslatableString.ClearButton, 'secondary'),
    SubmitButton: () => null,
  },
};

/**
 * Radio buttons as a group named by the field's title (rjsf's own group has no name, so a screen reader
 * would read the options without the question).
 */
function RadioWidget({ options, value, required, disabled, readonly, onChange, id, htmlName, label, rawErrors }: WidgetProps) {
  const { enumOptions, enumDisabled } = options;
  const format = getOptionValueFormat(options);
  return (
    <div className="field-radio-group" id={id} role="radiogroup" aria-label={label} aria-required={required || undefined} aria-invalid={rawErrors?.length ? true : undefined}>
      {(enumOptions ?? []).map((option, i) => {
        const itemDisabled = Array.isArray(enumDisabled) && (enumDisabled as unknown[]).includes(option.value);
        return (
          <div className="radio" key={String(option.value)}>
            <label>
              <input
                type="radio"
                id={optionId(id, i)}
                name={htmlName || id}
                checked={enumOptionsIsSelected(option.value, value)}
                value={enumOptionValueEncoder(option.value, i, format)}
                disabled={disabled || itemDisabled || readonly}
                onChange={() => onChange(option.value)}
                aria-describedby={ariaDescribedByIds(id)}
              />
              <span>{option.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}

// Widgets by format (rjsf picks a widget named after a field's format) and for numbers (TextWidget).
const widgets: RegistryWidgetsType = {
  RadioWidget,
  TextWidget,
  'hour-minute': HourMinuteWidget,
  'year-month': YearMonthWidget,
  amount: AmountWidget,
  'cn-division-code': DivisionPicker,
  'cn-township-code': DivisionPicker,
};

export interface OneGoFormProps {
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  formData: unknown;
  errors: ErrorSchema;
  onChange: (value: unknown) => void;
  onSubmit: (value: unknown) => void;
  /** The buttons under the form (submitting it goes to onSubmit). */
  children: ReactNode;
  lang?: Lang;
  /** The prefix of the fields' ids (default root), when a page shows more than one form. */
  idPrefix?: string;
}

const NO_CHOICE_MADE = { requiredBooleanDefault: 'skip', constAsDefaults: 'skipOneOf' } as const;

export function OneGoForm({ schema, uiSchema, formData, errors, onChange, onSubmit, children, idPrefix }: OneGoFormProps) {
  const { t } = usePreferences();
  const translateString = (text: TranslatableString, params?: string[]) => {
    const key = STRINGS[text];
    return key ? replaceStringParameters(t(key), params) : englishStringTranslator(text, params);
  };
  return (
    <Form
      className="onego-form"
      {...(idPrefix ? { idPrefix } : {})}
      schema={schema}
      uiSchema={uiSchema as RjsfUiSchema}
      formData={formData}
      validator={renderValidator}
      templates={templates}
      widgets={widgets}
      translateString={translateString}
      extraErrors={errors}
      noValidate
      noHtml5Validate
      showErrorList={false}
      // Nothing chosen for the citizen: rjsf would make an unanswered required yes/no question "no" and a
      // list of options its first option; people must choose (and `required` says so when they do not).
      experimental_defaultFormStateBehavior={NO_CHOICE_MADE}
      onChange={(event) => onChange(event.formData)}
      onSubmit={(event) => onSubmit(event.formData)}
    >
      {children}
    </Form>
  );
}
