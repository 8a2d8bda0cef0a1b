// A published version of a matter, read-only (GET /api/matters/{id}?version=N): the service guide as it
// was published, every input disabled, with its form and notice previewed. "以此版本为草稿继续编辑" saves
// it as the matter's draft — replacing a pending draft only once the designer confirmed it — and opens
// the editor on it.
import { inLang } from '@onego/engine';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage, Loading, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { listDepartments, matterVersions, openMatterDraft, publishedMatter, saveMatterDraft } from './matterApi.ts';
import { MatterPreview } from './MatterPreview.tsx';
import { useDepartmentIndex } from './MatterRowCells.tsx';
import { MatterSections } from './MatterSections.tsx';
import { MatterVersionList } from './MatterVersionList.tsx';

const ignore = () => undefined;

export function MatterVersionView({ id, version }: { id: string; version: number }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const navigate = useNavigate();
  const shown = useResource(async () => ({ published: await publishedMatter(api, id, version), versions: await matterVersions(api, id) }), [api, id, version]);
  const departments = useResource(() => listDepartments(api), [api]);
  const { regions } = useDepartmentIndex(departments.data);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  if (shown.error) return <ErrorMessage error={shown.error} onRetry={shown.reload} />;
  if (!shown.data) return <Loading />;
  const { published, versions } = shown.data;
  const name = inLang(published.definition.name, lang);
  const draft = versions.draft;

  async function continueFromIt() {
    if (busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      // over the pending draft as it is now (If-Match), or as the first draft since the last publication
      const current = draft ? await openMatterDraft(api, id) : undefined;
      await saveMatterDraft(api, published.definition, current && { id, etag: current.etag, updatedBy: current.updatedBy, updatedAt: current.updatedAt });
      await navigate(`/designer/matters/${encodeURIComponent(id)}`, { state: { notice: t('mx.draftFromVersion', { name, n: version }) } });
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error, t) });
      setBusy(false);
    }
  }

  return (
    <div className="designer-layout">
      <div className="designer-edit">
        <p className="draft-state" data-testid="matter-state">
          {t('mx.stateViewing', { name, n: version, by: published.publishedBy, at: formatInstant(published.publishedAt, lang) })}
        </p>
        <div className="actions">
          <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => (draft ? setConfirming(true) : void continueFromIt())}>
            {t('mx.continueFromVersion')}
          </button>
          <Link to={`/designer/matters/${encodeURIComponent(id)}`}>{draft ? t('mx.backToDraft') : t('mx.backToLatest')}</Link>
        </div>
        {confirming && draft ? (
          <ConfirmAction
            question={t('mx.replaceDraftQuestion', { name, n: version, by: draft.updatedBy, at: formatInstant(draft.updatedAt, lang) })}
            yes={t('mx.replaceDraft')}
            busy={busy}
            onYes={() => void continueFromIt()}
            onNo={() => setConfirming(false)}
          />
        ) : null}
        <OutcomeMessage outcome={outcome} />
        {departments.error ? <ErrorMessage error={departments.error} onRetry={departments.reload} /> : null}
        <fieldset disabled className="matter-read-only" aria-label={t('mx.readOnlyLabel', { name, n: version })}>
          <MatterSections matter={published.definition} departments={departments.data ?? []} regions={regions} onChange={ignore} onNotice={ignore} />
        </fieldset>
        <section aria-labelledby="mx-history" className="design-section">
          <h2 id="mx-history">{t('mx.historyTitle')}</h2>
          <MatterVersionList matterId={id} versions={versions} viewing={version} />
        </section>
      </div>
      <div className="designer-side">
        <MatterPreview matter={published.definition} />
      </div>
    </div>
  );
}
