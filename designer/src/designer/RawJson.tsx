// For experts only: the definition as JSON, which may be edited and applied. Never the only way.
import { useState } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import type { DesignDraft } from './draftModel.ts';

export function RawJson({ draft, onApply }: { draft: DesignDraft; onApply: (draft: DesignDraft) => void }) {
  const { t } = usePreferences();
  const [text, setText] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const shown = text ?? JSON.stringify(draft, null, 2);
  const apply = () => {
    try {
      const parsed = JSON.parse(shown) as DesignDraft;
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.bundle !== 'object' || !Array.isArray(parsed.matters)) throw new Error('shape');
      onApply(parsed);
      setText(undefined);
      setProblem('');
    } catch {
      setProblem(t('dz.rawInvalid'));
    }
  };
  return (
    <details className="design-section">
      <summary>{t('dz.raw')}</summary>
      <label htmlFor="design-raw" className="block">
        {t('dz.rawLabel')}
      </label>
      <textarea id="design-raw" className="mono raw-json" rows={16} value={shown} onChange={(e) => setText(e.target.value)} aria-describedby={problem ? 'design-raw-problem' : undefined} />
      {problem ? (
        <p id="design-raw-problem" className="field-error" role="alert">
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
