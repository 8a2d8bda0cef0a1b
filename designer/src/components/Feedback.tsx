// Loading, error and status messages, worded in the reader's language.
import { usePreferences, type Translate } from '../i18n/preferences.tsx';
import { ApiError } from '../api/client.ts';
import { isMessageKey } from '../i18n/messages.ts';

export function Loading() {
  const { t } = usePreferences();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** What went wrong, in words: the runtime's own message, or ours for network and unexpected failures. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('error.network');
    return error.message || t('error.http', { status: error.status });
  }
  return error instanceof Error && error.message ? error.message : t('error.title');
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = usePreferences();
  return (
    <div className="alert alert-error" role="alert" data-error-code={error instanceof ApiError ? error.code : undefined}>
      <p>
        <strong>
          {t('error.title')}
          {lang === 'zh' ? '：' : ': '}
        </strong>
        {describeError(error, t)}
      </p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** What an action the reader took came to: announced politely when it worked, as an alert when it did not. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/** What the page that navigated here said happened (navigation state {notice}), e.g. a discarded draft. */
export function noticeOf(state: unknown): string | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return typeof notice === 'string' ? notice : undefined;
}

export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {outcome?.ok ? <p className="alert alert-success">{outcome.text}</p> : null}
      </div>
      {outcome && !outcome.ok ? (
        <p className="alert alert-error" role="alert">
          {outcome.text}
        </p>
      ) : null}
    </>
  );
}

const STATUS_TONE: Record<string, string> = {
  completed: 'ok',
  approved: 'ok',
  in_progress: 'info',
  pending: 'info',
  waiting: 'muted',
  unpaid: 'warn',
  cancelled: 'muted',
  draft: 'muted',
  awaiting_supplement: 'warn',
  withdrawn: 'muted',
  returned: 'warn',
  rejected: 'bad',
};

/** A status code in words (the code itself when it is new to this app). */
export function statusLabel(t: Translate, kind: 'application' | 'task', status: string): string {
  const key = `status.${kind}.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

export function StatusBadge({ kind, status }: { kind: 'application' | 'task'; status: string }) {
  const { t } = usePreferences();
  const text = statusLabel(t, kind, status);
  return <span className={`badge badge-${STATUS_TONE[status] ?? 'muted'}`}>{text}</span>;
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = usePreferences();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  return (
    <nav className="pager" aria-label={t('common.pagination')}>
      <button type="button" className="btn btn-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previousPage')}
      </button>
      <span>{t('common.pageOf', { page, pages, total })}</span>
      <button type="button" className="btn btn-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.nextPage')}
      </button>
    </nav>
  );
}
