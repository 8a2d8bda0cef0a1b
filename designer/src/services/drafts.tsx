// 保存草稿: a partly filled application saved on the server and resumed later (from “My applications”),
// with the commitments chosen and the files uploaded to it; the submission names it (draftId), which
// deletes it and makes its files the application's.
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Draft, OnBehalfOf } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { sendJson } from './serviceApi.ts';

/** The draft of this apply flow: its id once saved (or resumed), and save(). */
export function useDraft(bundleId: string) {
  const api = useApi();
  const { lang } = usePreferences();
  const { session } = useSession();
  const current = useRef<{ id: string; version: number } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const resumed = (draft: Draft) => {
    current.current = { id: draft.id, version: draft.version };
  };
  /** Saves (creates, or saves again) the draft; answers it, or null when that failed (error says why). `onBehalfOf`: the person a proxy applies for (null: nobody; omitted: unchanged). */
  async function save(answers: unknown, data: unknown, commitments?: readonly string[], onBehalfOf?: OnBehalfOf | null): Promise<Draft | null> {
    setBusy(true);
    setError(null);
    const body = { answers, data, ...(commitments ? { commitments } : {}), ...(onBehalfOf !== undefined && (current.current || onBehalfOf) ? { onBehalfOf } : {}) };
    try {
      const draft = current.current
        ? await sendJson<Draft>('PUT', `/api/application-drafts/${encodeURIComponent(current.current.id)}`, { ...body, version: current.current.version }, lang, session?.token)
        : (await api.post<Draft>('/api/application-drafts', { bundleId, ...body })).body;
      resumed(draft);
      setSavedAt(draft.updatedAt);
      return draft;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { id: () => current.current?.id, resumed, save, savedAt, error, busy };
}

export function DraftSaveButton({ draft, answers, data, commitments }: { draft: ReturnType<typeof useDraft>; answers: unknown; data: unknown; commitments?: readonly string[] }) {
  const { t, lang } = usePreferences();
  return (
    <>
      <button type="button" className="btn btn-secondary" disabled={draft.busy} onClick={() => void draft.save(answers, data, commitments)}>
        {t('draft.save')}
      </button>
      {draft.savedAt ? (
        <span role="status" className="hint" data-testid="draft-saved">
          {t('draft.saved', { at: formatInstant(draft.savedAt, lang, true) })}
        </span>
      ) : null}
      {draft.error ? <ErrorMessage error={draft.error} /> : null}
    </>
  );
}

/** The citizen's saved drafts, each resumable. Nothing when there is none. */
export function DraftsList() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const drafts = useResource(async () => (await api.get<Draft[]>('/api/application-drafts')).body, [api]);
  if (!drafts.data || drafts.data.length === 0) return null;
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('draft.title')}</h2>
      <TableScroll label={t('draft.title')}>
        <table className="drafts">
          <thead>
            <tr>
              <th scope="col">{t('myApps.bundle')}</th>
              <th scope="col">{t('draft.updatedAt')}</th>
              <th scope="col">{t('draft.expiresAt')}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.data.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`/bundles/${encodeURIComponent(d.bundleId)}/apply?draft=${encodeURIComponent(d.id)}`}>{t('draft.resume', { bundle: d.bundleId })}</Link>
                </th>
                <td>{formatInstant(d.updatedAt, lang, true)}</td>
                <td>{formatInstant(d.expiresAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
