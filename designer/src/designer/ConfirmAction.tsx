// An action that loses work (discarding a draft, replacing it), asked once more in words that name what
// goes: the question, the button that does it, and 取消.
import { usePreferences } from '../i18n/preferences.tsx';

interface ConfirmActionProps {
  question: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}

export function ConfirmAction({ question, yes, busy, onYes, onNo }: ConfirmActionProps) {
  const { t } = usePreferences();
  return (
    <div className="alert alert-warn" role="alert">
      <p>{question}</p>
      <div className="actions">
        <button type="button" className="btn btn-danger" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : onYes())}>
          {yes}
        </button>
        <button type="button" className="btn" onClick={onNo}>
          {t('dz.discardNo')}
        </button>
      </div>
    </div>
  );
}
