// /designer/matters/new and /designer/matters/:id: a matter of the catalogue (事项库) edited as its
// service guide says it — basics, materials, form fields, the 秒批 rule, the result — with a live preview
// of its form and notice. Saved as a draft under a precondition (If-Match: a colleague's save meanwhile is
// never overwritten; the page offers to load theirs), published as the next version when the runtime
// finds no problem. The problems are listed as the designer types — the engine's check that publishing
// runs, computed in the browser — each in plain words with a link to where it is fixed. A new matter gets
// its id from the runtime (from its 事项编码 or name); the JSON is the expert view only. The version
// history opens each published version read-only (?version=N, MatterVersionView.tsx); the draft can be
// discarded (after a confirmation naming the matter); the bundles that use the matter are listed.
import type { Matter } from '@onego/schemas/types';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { MatterProblem, MatterVersions } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage, Loading, noticeOf, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { PENDING_MATTER_ID } from './AutoApprovalSection.tsx';
import { useUnsavedGuard } from './ComposePage.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { ruleOf, rulesOfRule } from './autoApprovalRule.ts';
import { loadLocalElements, useLocalElements } from './localElements.ts';
import { RawJson } from './RawJson.tsx';
import {
  discardMatterDraft,
  listDepartments,
  matterConflictOf,
  matterVersions,
  openMatterDraft,
  problemsOf,
  publishedMatter,
  publishMatterDraft,
  saveMatterDraft,
  type MatterBinding,
} from './matterApi.ts';
import { blankMatter, problemsOfMatter, type MatterDraftModel } from './matterModel.ts';
import { MatterPreview } from './MatterPreview.tsx';
import { MatterProblemList } from './MatterProblemList.tsx';
import { useDepartmentIndex } from './MatterRowCells.tsx';
import { MatterSections } from './MatterSections.tsx';
import { MatterUsedBy } from './MatterUsedBy.tsx';
import { MatterVersionList } from './MatterVersionList.tsx';
import { MatterVersionView } from './MatterVersionView.tsx';
import './designer.css';

interface Opened {
  matter: MatterDraftModel;
  binding: MatterBinding | undefined;
  /** Opened from this published version (no draft). */
  fromVersion?: number;
}


/** The matter with the 秒批 rule's own fields named under its id (once the runtime made it). */
function withMatterId(matter: MatterDraftModel, id: string): MatterDraftModel {
  const auto = matter.autoApproval;
  const rules = auto ? rulesOfRule(auto.rule, matter.id ?? PENDING_MATTER_ID) : undefined;
  const rule = rules ? ruleOf(rules, id) : undefined;
  return { ...matter, id, ...(auto && rule ? { autoApproval: { ...auto, rule } } : {}) };
}

/** A matter definition read from the expert view's JSON (what the form lacks is the blank matter's). */
function readMatter(parsed: unknown): MatterDraftModel | undefined {
  const m = parsed as MatterDraftModel | null;
  if (typeof m !== 'object' || m === null || typeof m.name !== 'object' || typeof m.form !== 'object' || !Array.isArray(m.materials)) return undefined;
  return { ...blankMatter(), ...m };
}

/** The problems the runtime refused publication with, while the matter is still as it was sent. */
interface Refusal {
  matter: MatterDraftModel;
  problems: MatterProblem[];
}

function MatterEditor({ opened, notice, onMoved, onGone }: { opened: Opened; notice: string | undefined; onMoved: (id: string) => void; onGone: (text: string) => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [matter, setMatter] = useState(opened.matter);
  const [baseline, setBaseline] = useState(() => JSON.stringify(opened.matter));
  const [binding, setBinding] = useState(opened.binding);
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | undefined>(notice ? { ok: true, text: notice } : undefined);
  const [conflict, setConflict] = useState<'changed' | 'gone' | undefined>();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [published, setPublished] = useState<number | undefined>(opened.fromVersion);
  const [versions, setVersions] = useState<MatterVersions | undefined>();
  const dirty = useMemo(() => JSON.stringify(matter) !== baseline, [matter, baseline]);
  useUnsavedGuard(dirty, t('dz.leaveUnsaved'));
  const departments = useResource(() => listDepartments(api), [api]);
  const { regions } = useDepartmentIndex(departments.data);
  // The region's local data elements (本地区数据元): searched, bound and previewed like standard ones.
  const region = matter.department.region?.divisionCode;
  useEffect(() => {
    loadLocalElements(api, region).catch(() => undefined); // unread: the picker finds the standard ones only
  }, [api, region]);
  const local = useLocalElements(); // re-rendered once the region's are read
  // the same check publishing runs, as the designer types; the runtime's own answer while nothing changed since
  const live = useMemo(() => problemsOfMatter(matter, local), [matter, local]);
  const problems = refusal?.matter === matter ? refusal.problems : live;
  const id = matter.id ?? binding?.id;
  const name = matter.name.zh || t('mx.untitled');
  const loadVersions = async (of: string | undefined) => {
    if (!of) return;
    try {
      setVersions(await matterVersions(api, of));
    } catch {
      setVersions(undefined);
    }
  };
  useEffect(() => {
    void loadVersions(opened.matter.id);
    // once, for the matter opened; saving and publishing load them again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save(): Promise<MatterBinding> {
    const body = { ...matter } as Partial<Matter>;
    let saved = await saveMatterDraft(api, body, binding);
    let next = matter;
    if (!matter.id) {
      // the runtime made the id: the 秒批 rule names the matter's own fields under it
      next = withMatterId(matter, saved.binding.id);
      if (JSON.stringify(next.autoApproval) !== JSON.stringify(matter.autoApproval)) saved = await saveMatterDraft(api, next, saved.binding);
      onMoved(saved.binding.id);
    }
    setMatter(next);
    setBaseline(JSON.stringify(next));
    setBinding(saved.binding);
    setPublished(undefined);
    return saved.binding;
  }

  async function run(action: () => Promise<string | undefined>) {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    setConflict(undefined);
    let left = false;
    try {
      const text = await action();
      if (text === undefined) left = true; // the matter is gone, and the page with it
      else setMessage({ ok: true, text });
    } catch (error) {
      const refused = matterConflictOf(error);
      const found = problemsOf(error);
      if (refused) setConflict(refused.kind);
      else setMessage({ ok: false, text: found ? t('mx.publishRefused', { n: found.length }) : describeError(error, t) });
      if (found) setRefusal({ matter, problems: found });
    } finally {
      setBusy(false);
      if (!left) await loadVersions(id);
    }
  }

  const saveClicked = () =>
    run(async () => {
      await save();
      return t('mx.saved');
    });
  const publish = () =>
    run(async () => {
      const current = binding && !dirty ? binding : await save();
      const version = await publishMatterDraft(api, current);
      setBinding(undefined);
      setPublished(version.version);
      await loadVersions(version.id);
      return t('mx.publishedVersion', { name: matter.name.zh, n: version.version });
    });
  const reloadTheirs = () =>
    run(async () => {
      if (!id) return '';
      const draft = await openMatterDraft(api, id);
      const theirs = { ...blankMatter(), ...(draft.definition as Partial<MatterDraftModel>) };
      setMatter(theirs);
      setBaseline(JSON.stringify(theirs));
      setBinding({ id: draft.id, etag: draft.etag, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt });
      setPublished(undefined);
      return t('dz.reloaded', { by: draft.updatedBy, at: formatInstant(draft.updatedAt, lang) });
    });
  // The draft goes: the latest published version is shown again, or the list when there is none.
  const discard = () =>
    run(async () => {
      if (!binding) return '';
      await discardMatterDraft(api, binding);
      setConfirmDiscard(false);
      try {
        const latest = await publishedMatter(api, binding.id);
        setMatter(latest.definition);
        setBaseline(JSON.stringify(latest.definition));
        setBinding(undefined);
        setPublished(latest.version);
        return t('mx.discardedShowing', { name, n: latest.version });
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'MATTER_NOT_FOUND') throw error;
        setBaseline(JSON.stringify(matter));
        onGone(t('mx.discardedGone', { name }));
        return undefined;
      }
    });

  return (
    <div className="designer-layout">
      <div className="designer-edit">
        <p className="draft-state" data-testid="matter-state">
          {published !== undefined && !dirty
            ? t('mx.statePublished', { n: published })
            : binding
              ? t('mx.stateDraft', { by: binding.updatedBy, at: formatInstant(binding.updatedAt, lang) })
              : t('mx.stateNew')}
          {dirty ? <strong className="draft-unsaved"> {t('dz.unsaved')}</strong> : null}
        </p>
        <MatterProblemList problems={problems} />
        {departments.error ? <ErrorMessage error={departments.error} onRetry={departments.reload} /> : null}
        <MatterSections matter={matter} departments={departments.data ?? []} regions={regions} onChange={setMatter} onNotice={(text) => setMessage({ ok: true, text })} />
        <section aria-labelledby="mx-publish" className="design-section">
          <h2 id="mx-publish">{t('dz.publishTitle')}</h2>
          <p className="hint">{t('mx.publishHint')}</p>
          <div className="actions">
            <button type="button" className="btn" aria-disabled={busy || undefined} onClick={() => void saveClicked()}>
              {t('dz.save')}
            </button>
            <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => void publish()}>
              {t('dz.publish')}
            </button>
            {binding ? (
              <button type="button" className="btn btn-danger" aria-expanded={confirmDiscard} onClick={() => setConfirmDiscard(true)}>
                {t('mx.discard')}
              </button>
            ) : null}
          </div>
          {confirmDiscard && binding ? (
            <ConfirmAction
              question={versions && versions.versions.length > 0 ? t('mx.discardConfirm', { name }) : t('mx.discardConfirmNew', { name })}
              yes={t('mx.discardYes')}
              busy={busy}
              onYes={() => void discard()}
              onNo={() => setConfirmDiscard(false)}
            />
          ) : null}
          <OutcomeMessage outcome={message} />
          {conflict ? (
            <div className="alert alert-warn draft-conflict" role="alert">
              <p>{conflict === 'changed' ? t('mx.conflictChanged') : t('mx.conflictGone')}</p>
              <div className="actions">
                {conflict === 'changed' ? (
                  <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void reloadTheirs()}>
                    {t('dz.conflictReload')}
                  </button>
                ) : null}
                <button type="button" className="btn" onClick={() => setConflict(undefined)}>
                  {t('dz.conflictKeep')}
                </button>
              </div>
            </div>
          ) : null}
          <MatterVersionList matterId={id} versions={versions} />
        </section>
        {id && versions && versions.versions.length > 0 ? (
          <section aria-labelledby="mx-used-by" className="design-section">
            <h2 id="mx-used-by">{t('mx.usedByTitle')}</h2>
            <p className="hint">{t('mx.usedByIntro')}</p>
            <MatterUsedBy matterId={id} name={name} />
          </section>
        ) : null}
        <RawJson id="mx-raw" value={matter} label="mx.rawLabel" invalid="mx.rawInvalid" read={readMatter} onApply={setMatter} />
      </div>
      <div className="designer-side">
        <MatterPreview matter={matter} />
      </div>
    </div>
  );
}

/** The matter's draft (or its latest published version when it has none) in the editor. */
function MatterDraftPage({ requested }: { requested: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = noticeOf(location.state);
  // After the first save the address names the new matter; what the page shows stays (pinned).
  const [pin, setPin] = useState<{ requested: string; source: string }>();
  const source = pin?.requested === requested ? pin.source : requested;
  const loaded = useResource(async (): Promise<Opened & { source: string }> => {
    if (source === 'new') return { source, matter: blankMatter(), binding: undefined };
    // The versions say whether a draft exists: the draft is opened then, else the latest version (no
    // request the page expects to be answered 404).
    if ((await matterVersions(api, source)).draft) {
      try {
        const draft = await openMatterDraft(api, source);
        return {
          source,
          matter: { ...blankMatter(), ...(draft.definition as Partial<MatterDraftModel>), id: draft.id },
          binding: { id: draft.id, etag: draft.etag, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt },
        };
      } catch (error) {
        // Published or discarded by a colleague in between: the latest version, as below.
        if (!(error instanceof ApiError) || error.code !== 'MATTER_DRAFT_NOT_FOUND') throw error;
      }
    }
    const latest = await publishedMatter(api, source);
    return { source, matter: latest.definition, binding: undefined, fromVersion: latest.version };
  }, [api, source]);
  const onMoved = (newId: string) => {
    setPin({ requested: newId, source });
    void navigate(`/designer/matters/${encodeURIComponent(newId)}`, { replace: true, state: { keepFocus: true } });
  };
  const onGone = (text: string) => void navigate('/designer/matters', { state: { notice: text } });
  return (
    <>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.data?.source !== source && loaded.loading ? <Loading /> : null}
      {loaded.data?.source === source ? <MatterEditor key={source} opened={loaded.data} notice={notice} onMoved={onMoved} onGone={onGone} /> : null}
    </>
  );
}

export function MatterEditorPage() {
  const { t } = usePreferences();
  const { id } = useParams();
  const [params] = useSearchParams();
  const requested = id ?? 'new';
  const version = Number(params.get('version') ?? '');
  const viewing = id !== undefined && Number.isInteger(version) && version > 0 ? version : undefined;
  return (
    <Page title={viewing ? t('mx.viewTitle', { n: viewing }) : requested === 'new' ? t('mx.newTitle') : t('mx.editTitle')} wide>
      <p className="lead">{viewing ? t('mx.viewIntro') : t('mx.editorIntro')}</p>
      <p>
        <Link to="/designer/matters">{t('mx.backToList')}</Link>
      </p>
      {id !== undefined && viewing ? <MatterVersionView key={`${id}@${viewing}`} id={id} version={viewing} /> : <MatterDraftPage requested={requested} />}
    </Page>
  );
}
