// /designer/*: the bundle designer. The home lists the saved drafts (continue editing, discard) and the
// published bundles (with their versions) as starting points, and a blank start; /designer/compose is
// where a bundle is composed without code, /designer/drafts/:id the same with a saved draft; /designer/matters
// is the matter catalogue (事项库), /designer/matters/new and /designer/matters/:id its editor.
import { useEffect, useRef, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import type { BundleDraftSummary, BundleSummary, BundleVersions } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage, Loading, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { WithdrawControl, WithdrawnBundles } from './BundleAvailability.tsx';
import { CatalogueImportPage } from './CatalogueImportPage.tsx';
import { ComposePage } from './ComposePage.tsx';
import { MatterEditorPage } from './MatterEditorPage.tsx';
import { MatterListPage } from './MatterListPage.tsx';
import { conflictOf, discardDraft, listDrafts } from './draftApi.ts';
import './designer.css';

/** Asks on the spot before a draft is discarded; the focus goes to “cancel”, the safe answer. */
function DiscardConfirm({ draft, busy, onYes, onNo }: { draft: BundleDraftSummary; busy: boolean; onYes: () => void; onNo: () => void }) {
  const { t } = usePreferences();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="discard-confirm" role="group" aria-labelledby={`discard-${draft.id}`}>
      <p id={`discard-${draft.id}`}>{t('dz.discardConfirm', { name: draft.name })}</p>
      <div className="actions">
        <button type="button" className="btn btn-danger" disabled={busy} onClick={onYes}>
          {t('dz.discardYes')}
        </button>
        <button type="button" className="btn" ref={cancel} onClick={onNo}>
          {t('dz.discardNo')}
        </button>
      </div>
    </div>
  );
}

/** The saved drafts, last saved first: who saved them and when, their problems, the published version. */
function DraftList() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const drafts = useResource(() => listDrafts(api), [api]);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | undefined>();
  /** A discard refused because a colleague saved the draft again since the list was read (412). */
  const [refused, setRefused] = useState<{ name: string; by: string; at: string } | undefined>();
  const discard = async (draft: BundleDraftSummary) => {
    setBusy(true);
    setMessage(undefined);
    setRefused(undefined);
    let reload = true;
    try {
      await discardDraft(api, draft);
      setMessage({ ok: true, text: t('dz.discarded', { name: draft.name }) });
    } catch (error) {
      const conflict = conflictOf(error);
      if (conflict?.kind === 'changed') {
        // The list stays as the designer saw it until they reload it: a second try is refused the same way.
        setRefused({ name: draft.name, by: conflict.updatedBy, at: conflict.updatedAt });
        reload = false;
      } else {
        setMessage({ ok: false, text: describeError(error, t) });
      }
    } finally {
      setBusy(false);
      setConfirming(undefined);
      if (reload) drafts.reload();
    }
  };
  const reloadList = () => {
    setRefused(undefined);
    drafts.reload();
  };
  return (
    <section aria-labelledby="designer-drafts">
      <h2 id="designer-drafts">{t('dz.drafts')}</h2>
      <OutcomeMessage outcome={message} />
      {refused ? (
        <div className="alert alert-warn draft-conflict" role="alert">
          <p>{t('dz.discardRefused', { name: refused.name, by: refused.by, at: formatInstant(refused.at, lang) })}</p>
          <p>{t('dz.discardRefusedHint')}</p>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={reloadList}>
              {t('dz.reloadList')}
            </button>
          </div>
        </div>
      ) : null}
      {drafts.error ? <ErrorMessage error={drafts.error} onRetry={drafts.reload} /> : null}
      {!drafts.data && drafts.loading ? <Loading /> : null}
      {drafts.data?.length === 0 ? <p className="hint">{t('dz.noDrafts')}</p> : null}
      {drafts.data && drafts.data.length > 0 ? (
        <TableScroll label={t('dz.drafts')}>
          <table className="draft-list">
            <thead>
              <tr>
                <th scope="col">{t('designer.bundle')}</th>
                <th scope="col">{t('dz.savedBy')}</th>
                <th scope="col">{t('dz.savedAt')}</th>
                <th scope="col">{t('dz.check')}</th>
                <th scope="col">{t('dz.publishedVersion')}</th>
                <th scope="col">{t('dz.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.data.map((draft) => (
                <tr key={draft.id}>
                  <th scope="row">
                    {draft.name}
                    <span className="hint block">
                      <code>{draft.id}</code>
                    </span>
                  </th>
                  <td>{draft.updatedBy}</td>
                  <td>{formatInstant(draft.updatedAt, lang)}</td>
                  <td>
                    {draft.issues > 0 ? <span className="badge badge-warn">{t('dz.draftIssues', { n: draft.issues })}</span> : <span className="badge badge-ok">{t('dz.draftNoIssues')}</span>}
                  </td>
                  <td>{draft.publishedVersion === null ? t('dz.notPublished') : t('dz.publishedN', { n: draft.publishedVersion })}</td>
                  <td>
                    <div className="actions">
                      <Link className="btn btn-small btn-secondary" to={`/designer/drafts/${encodeURIComponent(draft.id)}`} aria-label={t('dz.continueNamed', { name: draft.name })}>
                        {t('dz.continue')}
                      </Link>
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        aria-label={t('dz.discardNamed', { name: draft.name })}
                        aria-expanded={confirming === draft.id}
                        disabled={busy}
                        onClick={() => setConfirming(confirming === draft.id ? undefined : draft.id)}
                      >
                        {t('dz.discard')}
                      </button>
                    </div>
                    {confirming === draft.id ? <DiscardConfirm draft={draft} busy={busy} onYes={() => void discard(draft)} onNo={() => setConfirming(undefined)} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

function DesignerHome() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const bundles = useResource(async () => {
    const list = (await api.get<BundleSummary[]>('/api/bundles')).body;
    return Promise.all(list.map(async (bundle) => ({ bundle, history: (await api.get<BundleVersions>(`/api/bundles/${encodeURIComponent(bundle.id)}/versions`)).body })));
  }, [api]);
  // Taking a bundle off the portal moves it from the published list to the withdrawn one (and back).
  const [withdrawals, setWithdrawals] = useState(0);
  const [availability, setAvailability] = useState<Outcome | undefined>();
  return (
    <Page title={t('designer.title')}>
      <p className="lead">{t('dz.homeIntro')}</p>
      <p>
        <Link className="btn btn-primary" to="/designer/compose">
          {t('dz.startBlank')}
        </Link>{' '}
        <Link className="btn btn-secondary" to="/designer/matters">
          {t('mx.listTitle')}
        </Link>{' '}
        <Link className="btn btn-secondary" to="/designer/catalogue/import">
          {t('cat.importNav')}
        </Link>
      </p>
      <DraftList />
      <h2>{t('designer.bundles')}</h2>
      <OutcomeMessage outcome={availability} />
      {bundles.error ? <ErrorMessage error={bundles.error} onRetry={bundles.reload} /> : null}
      {!bundles.data && bundles.loading ? <Loading /> : null}
      <TableScroll label={t('designer.bundles')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('designer.bundle')}</th>
              <th scope="col">{t('designer.versions')}</th>
              <th scope="col">{t('dz.startingPoint')}</th>
              <th scope="col">{t('cat.status')}</th>
            </tr>
          </thead>
          <tbody>
            {bundles.data?.map(({ bundle, history }) => (
              <tr key={bundle.id}>
                <th scope="row">
                  {bundle.name}
                  <span className="hint block">
                    <code>{bundle.id}</code>
                  </span>
                </th>
                <td>
                  <ul className="plain">
                    {history.versions.map((v) => (
                      <li key={v.version}>{t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}</li>
                    ))}
                    {history.draft ? (
                      <li>
                        <Link to={`/designer/drafts/${encodeURIComponent(bundle.id)}`}>{t('designer.draft', { at: formatInstant(history.draft.updatedAt, lang) })}</Link>
                      </li>
                    ) : null}
                  </ul>
                </td>
                <td>
                  <Link to={`/designer/compose?from=${encodeURIComponent(bundle.id)}`} aria-label={t('dz.startFromNamed', { name: bundle.name })}>
                    {t('dz.startFrom')}
                  </Link>
                </td>
                <td>
                  <span className="badge badge-ok">{t('cat.onlineBadge')}</span>{' '}
                  <WithdrawControl
                    id={bundle.id}
                    name={bundle.name}
                    onDone={(outcome) => {
                      setAvailability(outcome);
                      bundles.reload();
                      setWithdrawals((n) => n + 1);
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <WithdrawnBundles generation={withdrawals} onRestored={bundles.reload} />
    </Page>
  );
}

/** /designer/*: the designer's own routes. */
export function DesignerPage() {
  return (
    <Routes>
      <Route index element={<DesignerHome />} />
      <Route path="compose" element={<ComposePage />} />
      <Route path="drafts/:id" element={<ComposePage />} />
      <Route path="matters" element={<MatterListPage />} />
      <Route path="matters/new" element={<MatterEditorPage />} />
      <Route path="matters/:id" element={<MatterEditorPage />} />
      <Route path="catalogue/import" element={<CatalogueImportPage />} />
      <Route path="*" element={<DesignerHome />} />
    </Routes>
  );
}
