// Save the draft, publish it as the next version, and the bundle's version history.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { BundleVersions } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { describeError } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import type { DesignDraft } from './draftModel.ts';

export interface ServerIssue {
  file: string;
  path: string;
  message: string;
}

interface PublishPanelProps {
  draft: DesignDraft;
  /** Problems found in the browser: saving waits until there are none. */
  blocked: boolean;
  onServerIssues: (issues: ServerIssue[]) => void;
}

function issuesOf(error: unknown): ServerIssue[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'DEFINITION_INVALID') return undefined;
  const issues = error.body['issues'];
  return Array.isArray(issues) ? (issues as ServerIssue[]) : [];
}

export function PublishPanel({ draft, blocked, onServerIssues }: PublishPanelProps) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [savedAs, setSavedAs] = useState<string | undefined>();
  const [history, setHistory] = useState<BundleVersions | null | undefined>();
  const id = draft.bundle.id;

  const loadHistory = useCallback(
    async (bundleId: string) => {
      try {
        setHistory((await api.get<BundleVersions>(`/api/bundles/${encodeURIComponent(bundleId)}/versions`)).body);
      } catch {
        setHistory(null); // never saved nor published
      }
    },
    [api],
  );
  useEffect(() => {
    void loadHistory(id);
  }, [id, loadHistory]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(undefined);
    try {
      const text = await action();
      onServerIssues([]);
      setMessage({ ok: true, text });
      await loadHistory(id);
    } catch (error) {
      const issues = issuesOf(error);
      if (issues) onServerIssues(issues);
      setMessage({ ok: false, text: describeError(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      await api.post('/api/bundles', draft);
      setSavedAs(JSON.stringify(draft));
      return t('dz.saved');
    });
  const publish = () =>
    run(async () => {
      if (savedAs !== JSON.stringify(draft)) await api.post('/api/bundles', draft);
      setSavedAs(JSON.stringify(draft));
      const published = (await api.post<{ version: number }>(`/api/bundles/${encodeURIComponent(id)}/publish`, {})).body;
      return t('dz.published', { n: published.version });
    });

  return (
    <section aria-labelledby="design-publish" className="design-section">
      <h2 id="design-publish">{t('dz.publishTitle')}</h2>
      {blocked ? <p className="hint">{t('dz.fixFirst')}</p> : null}
      <div className="actions">
        <button type="button" className="btn" disabled={busy || blocked} onClick={() => void save()}>
          {t('dz.save')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || blocked} onClick={() => void publish()}>
          {t('dz.publish')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message ? <p className={message.ok ? 'alert alert-success' : 'alert alert-error'}>{message.text}</p> : null}
      </div>
      <h3>{t('dz.history')}</h3>
      {history === undefined ? null : history === null || (history.versions.length === 0 && !history.draft) ? (
        <p className="hint">{t('dz.noHistory')}</p>
      ) : (
        <ul className="plain version-history">
          {[...history.versions].reverse().map((v) => (
            <li key={v.version}>{t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}</li>
          ))}
          {history.draft ? <li>{t('designer.draft', { at: formatInstant(history.draft.updatedAt, lang) })}</li> : null}
        </ul>
      )}
    </section>
  );
}
