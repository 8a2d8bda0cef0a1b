// For experts only: a definition (a bundle's, a matter's) as JSON, which may be edited and applied. Never
// the only way: the editors around it say everything in plain words.
import { useState } from 'react';
import type { MessageKey } from '../i18n/messages.ts';
import { usePreferences } from '../i18n/preferences.tsx';

interface RawJsonProps<T> {
  /** The id of the text area (its problem is `${id}-problem`). */
  id: string;
  value: T;
  label: MessageKey;
  /** What is said when the text is not JSON, or `read` refuses it. */
  invalid: MessageKey;
  /** The value the parsed JSON stands for, or undefined when it is not one. */
  read: (parsed: unknown) => T | undefined;
  onApply: (value: T) => void;
}

export function RawJson<T>({ id, value, label, invalid, read, onApply }: RawJsonProps<T>) {
  const { t } = usePreferences();
  const [text, setText] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const shown = text ?? JSON.stringify(value, null, 2);
  const apply = () => {
    let parsed: T | undefined;
    try {
      parsed = read(JSON.parse(shown));
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined) {
      setProblem(t(invalid));
      return;
    }
    onApply(parsed);
    setText(undefined);
    setProblem('');
  };
  return (
    <details className="design-section">
      <summary>{t('dz.raw')}</summary>
      <label htmlFor={id} className="block">
        {t(label)}
      </label>
      <textarea id={id} className="mono raw-json" rows={16} value={shown} onChange={(e) => setText(e.target.value)} aria-describedby={problem ? `${id}-problem` : undefined} />
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={apply} disabled={text === undefined}>
          {t('dz.rawApply')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setText(undefined)} disabled={text === undefined}>
          {t('dz.rawDiscard')}
        </button>
      </div>
    </details>
  );
}
