// Save the draft and publish it as the next version, each under a precondition (see draftApi.ts): a save or
// publication refused because another designer saved, published or discarded the draft meanwhile says so
// and offers to load their version — it never overwrites theirs. Before it, a warning when the longest
// time limit counted from today reaches a year whose holiday schedule is not loaded. Below, the history.
import { inLang, localDateOf, nationalCalendar, type WorkingDayCalendar } from '@onego/engine';
import type { TimeLimit } from '@onego/schemas/types';
import { useCallback, useEffect, useState } from 'react';
import type { BundleVersions, CalendarListing, DefinitionIssue } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { conflictOf, issuesOf, openDraft, publishDraft, saveDraft, type Conflict, type DraftBinding, type OpenedDraft } from './draftApi.ts';
import type { DesignDraft } from './draftModel.ts';
import { limitWarnings } from './limitWarnings.ts';
import { committedLimits, provisionalYear } from './provisionalYear.ts';

let calendar: WorkingDayCalendar | undefined;

interface PublishPanelProps {
  draft: DesignDraft;
  /** Problems found in the browser: publishing waits until there are none (saving does not). */
  blocked: boolean;
  /** Changed since it was opened or last saved. */
  dirty: boolean;
  /** The saved draft this page edits, if any. */
  binding: DraftBinding | undefined;
  onSaved: (binding: DraftBinding, saved: DesignDraft) => void;
  onPublished: (id: string, version: number, definition: DesignDraft) => void;
  /** Another designer's version replaces the page's. */
  onReload: (opened: OpenedDraft) => void;
  onServerIssues: (issues: DefinitionIssue[]) => void;
}

export function PublishPanel({ draft, blocked, dirty, binding, onSaved, onPublished, onReload, onServerIssues }: PublishPanelProps) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | undefined>();
  const [conflict, setConflict] = useState<{ id: string; conflict: Conflict } | undefined>();
  const [history, setHistory] = useState<BundleVersions | null | undefined>();
  const id = draft.bundle.id;
  // A warning, not a blocker: the longest limit counted from today reaching a year not loaded yet.
  const calendars = useResource(async () => (await api.get<CalendarListing>('/api/calendars')).body, [api]);
  calendar ??= nationalCalendar();
  const missingYear = calendars.data ? provisionalYear(committedLimits(draft), localDateOf(new Date().toISOString()), calendars.data.nationalYears, calendar) : null;
  // Also a warning: a matter given longer in the bundle than it promises itself.
  const longer = limitWarnings(draft);
  const limitText = (limit: TimeLimit) => (limit.days === 0 ? t('cat.days.onTheSpot') : t(`cat.days.${limit.kind}`, { n: limit.days }));

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
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    setConflict(undefined);
    try {
      const text = await action();
      setMessage({ ok: true, text });
    } catch (error) {
      const refused = conflictOf(error);
      const issues = issuesOf(error);
      if (refused) setConflict({ id, conflict: refused });
      else setMessage({ ok: false, text: describeError(error, t) });
      if (issues) onServerIssues(issues);
    } finally {
      setBusy(false);
      await loadHistory(id);
    }
  }

  async function save(over: DraftBinding | undefined): Promise<{ binding: DraftBinding; text: string }> {
    const saved = await saveDraft(api, draft, over);
    onSaved(saved.binding, draft);
    onServerIssues([]);
    return { binding: saved.binding, text: saved.issues.length > 0 ? t('dz.savedWithIssues', { n: saved.issues.length }) : t('dz.saved') };
  }

  const saveClicked = () => run(async () => (await save(binding)).text);
  const saveAsNew = () => run(async () => (await save(undefined)).text);
  const publish = () =>
    run(async () => {
      const current = binding && binding.id === id && !dirty ? binding : (await save(binding)).binding;
      const version = await publishDraft(api, current);
      onPublished(id, version, draft);
      return t('dz.published', { n: version });
    });
  const reloadTheirs = (bundleId: string) =>
    run(async () => {
      const opened = await openDraft(api, bundleId);
      onReload(opened);
      onServerIssues([]);
      return t('dz.reloaded', { by: opened.updatedBy, at: formatInstant(opened.updatedAt, lang) });
    });

  return (
    <section aria-labelledby="design-publish" className="design-section">
      <h2 id="design-publish">{t('dz.publishTitle')}</h2>
      {blocked ? <p className="hint">{t('dz.fixFirst')}</p> : null}
      {longer.length > 0 ? (
        <div className="alert alert-warn" data-testid="publish-limit-warnings">
          <p>
            <strong>{t('cat.warningsTitle')}</strong>
          </p>
          <ul>
            {longer.map((w) => (
              <li key={w.matter.id}>{t('cat.warnLimit', { name: inLang(w.matter.name, lang), bundle: limitText(w.inBundle), own: limitText(w.own) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {missingYear !== null ? (
        <p className="alert alert-warn" data-testid="publish-calendar-warning">
          {t('dz.provisionalWarning', { year: missingYear })}
        </p>
      ) : null}
      <div className="actions">
        {/* aria-disabled while busy, not disabled: a disabled button would lose the focus */}
        <button type="button" className="btn" aria-disabled={busy || undefined} onClick={() => void saveClicked()}>
          {t('dz.save')}
        </button>
        <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} disabled={blocked} onClick={() => void publish()}>
          {t('dz.publish')}
        </button>
      </div>
      <OutcomeMessage outcome={message} />
      {conflict ? (
        <div className="alert alert-warn draft-conflict" role="alert">
          {conflict.conflict.kind === 'changed' ? (
            <>
              <p>{t('dz.conflictChanged', { by: conflict.conflict.updatedBy, at: formatInstant(conflict.conflict.updatedAt, lang) })}</p>
              <p>{t('dz.conflictHint')}</p>
            </>
          ) : (
            <p>{t('dz.conflictGone')}</p>
          )}
          <div className="actions">
            {conflict.conflict.kind === 'changed' ? (
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void reloadTheirs(conflict.id)}>
                {t('dz.conflictReload')}
              </button>
            ) : (
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void saveAsNew()}>
                {t('dz.conflictSaveNew')}
              </button>
            )}
            <button type="button" className="btn" onClick={() => setConflict(undefined)}>
              {t('dz.conflictKeep')}
            </button>
          </div>
        </div>
      ) : null}
      <h3>{t('dz.history')}</h3>
      {history === undefined ? null : history === null || (history.versions.length === 0 && !history.draft) ? (
        <p className="hint">{t('dz.noHistory')}</p>
      ) : (
        <ul className="plain version-history">
          {[...history.versions].reverse().map((v) => (
            <li key={v.version}>{t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}</li>
          ))}
          {history.draft ? <li>{t('dz.draftHistoryLine', { by: history.draft.updatedBy, at: formatInstant(history.draft.updatedAt, lang) })}</li> : null}
          {history.withdrawn ? (
            <li>
              <span className="badge badge-warn">{t('cat.withdrawnBadge')}</span> {t('cat.historyWithdrawn', { by: history.withdrawn.withdrawnBy, at: formatInstant(history.withdrawn.withdrawnAt, lang) })}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
