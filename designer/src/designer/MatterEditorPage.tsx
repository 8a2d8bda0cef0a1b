// /designer/matters/new and /designer/matters/:id: a matter of the catalogue (事项库) edited as its
// service guide says it — basics, materials, form fields, the 秒批 rule, the result — with a live preview
// of its form and notice. Saved as a draft under a precondition (If-Match: a colleague's save meanwhile is
// never overwritten; the page offers to load theirs), published as the next version when the runtime
// finds no problem; otherwise each problem is listed in plain words with a link to where it is fixed. A new
// matter gets its id from the runtime (from its 事项编码 or name); the JSON is the expert view only.
import type { Matter } from '@onego/schemas/types';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { MatterProblem, MatterVersions } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { describeError, ErrorMessage, Loading, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { AutoApprovalSection, PENDING_MATTER_ID } from './AutoApprovalSection.tsx';
import { useUnsavedGuard } from './ComposePage.tsx';
import { ruleOf, rulesOfRule } from './autoApprovalRule.ts';
import { goTo } from './IssueList.tsx';
import { loadLocalElements, useLocalElements } from './localElements.ts';
import { MaterialsSection } from './MaterialsSection.tsx';
import { RawJson } from './RawJson.tsx';
import {
  listDepartments,
  matterConflictOf,
  matterVersions,
  openMatterDraft,
  problemsOf,
  publishedMatter,
  publishMatterDraft,
  regionNames,
  saveMatterDraft,
  type MatterBinding,
} from './matterApi.ts';
import { MatterBasicsSection } from './MatterBasicsSection.tsx';
import { MatterFieldsSection } from './MatterFieldsSection.tsx';
import { blankMatter, placeOfProblem, type MatterDraftModel } from './matterModel.ts';
import { MatterPreview } from './MatterPreview.tsx';
import { MatterResultSection } from './MatterResultSection.tsx';
import './designer.css';

interface Opened {
  matter: MatterDraftModel;
  binding: MatterBinding | undefined;
  problems: MatterProblem[];
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

function ProblemList({ problems }: { problems: readonly MatterProblem[] }) {
  const { t, lang } = usePreferences();
  if (problems.length === 0) return null;
  return (
    <div className="alert alert-error issue-list" role="alert">
      <h2>{t('mx.problems', { n: problems.length })}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.path}${i}`}>
            <span>{lang === 'en' ? p.message.en : p.message.zh}</span>{' '}
            <button type="button" className="btn btn-link" aria-label={t('mx.goFixPlace', { place: lang === 'en' ? p.place.en : p.place.zh })} onClick={() => goTo(placeOfProblem(p.path))}>
              {t('mx.goFix')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A matter definition read from the expert view's JSON (what the form lacks is the blank matter's). */
function readMatter(parsed: unknown): MatterDraftModel | undefined {
  const m = parsed as MatterDraftModel | null;
  if (typeof m !== 'object' || m === null || typeof m.name !== 'object' || typeof m.form !== 'object' || !Array.isArray(m.materials)) return undefined;
  return { ...blankMatter(), ...m };
}

function VersionList({ versions }: { versions: MatterVersions | undefined }) {
  const { t, lang } = usePreferences();
  return (
    <>
      <h3>{t('dz.history')}</h3>
      {!versions || (versions.versions.length === 0 && !versions.draft) ? (
        <p className="hint">{t('dz.noHistory')}</p>
      ) : (
        <ul className="plain version-history" data-testid="matter-versions">
          {versions.versions.map((v) => (
            <li key={v.version}>{t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}</li>
          ))}
          {versions.draft ? <li>{t('dz.draftHistoryLine', { by: versions.draft.updatedBy, at: formatInstant(versions.draft.updatedAt, lang) })}</li> : null}
        </ul>
      )}
    </>
  );
}

function MatterEditor({ opened, onMoved }: { opened: Opened; onMoved: (id: string) => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [matter, setMatter] = useState(opened.matter);
  const [baseline, setBaseline] = useState(() => JSON.stringify(opened.matter));
  const [binding, setBinding] = useState(opened.binding);
  const [problems, setProblems] = useState<MatterProblem[]>(opened.problems);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | undefined>();
  const [conflict, setConflict] = useState<'changed' | 'gone' | undefined>();
  const [published, setPublished] = useState<number | undefined>(opened.fromVersion);
  const [versions, setVersions] = useState<MatterVersions | undefined>();
  const dirty = useMemo(() => JSON.stringify(matter) !== baseline, [matter, baseline]);
  useUnsavedGuard(dirty, t('dz.leaveUnsaved'));
  const departments = useResource(() => listDepartments(api), [api]);
  const regions = useMemo(() => regionNames(departments.data ?? []), [departments.data]);
  // The region's local data elements (本地区数据元): searched, bound and previewed like standard ones.
  const region = matter.department.region?.divisionCode;
  useEffect(() => {
    loadLocalElements(api, region).catch(() => undefined); // unread: the picker finds the standard ones only
  }, [api, region]);
  useLocalElements(); // the names of bound local elements once read
  const loadVersions = async (id: string | undefined) => {
    if (!id) return;
    try {
      setVersions(await matterVersions(api, id));
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
    setProblems(saved.problems);
    setPublished(undefined);
    return saved.binding;
  }

  async function run(action: () => Promise<string>) {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    setConflict(undefined);
    try {
      setMessage({ ok: true, text: await action() });
    } catch (error) {
      const refused = matterConflictOf(error);
      const found = problemsOf(error);
      if (refused) setConflict(refused.kind);
      else setMessage({ ok: false, text: found ? t('mx.publishRefused', { n: found.length }) : describeError(error, t) });
      if (found) setProblems(found);
    } finally {
      setBusy(false);
      await loadVersions(matter.id ?? binding?.id);
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
      setProblems([]);
      setPublished(version.version);
      await loadVersions(version.id);
      return t('mx.publishedVersion', { name: matter.name.zh, n: version.version });
    });
  const reloadTheirs = () =>
    run(async () => {
      const id = matter.id ?? binding?.id;
      if (!id) return '';
      const draft = await openMatterDraft(api, id);
      const theirs = { ...blankMatter(), ...(draft.definition as Partial<MatterDraftModel>) };
      setMatter(theirs);
      setBaseline(JSON.stringify(theirs));
      setBinding({ id: draft.id, etag: draft.etag, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt });
      setProblems(draft.problems);
      setPublished(undefined);
      return t('dz.reloaded', { by: draft.updatedBy, at: formatInstant(draft.updatedAt, lang) });
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
        <ProblemList problems={problems} />
        {departments.error ? <ErrorMessage error={departments.error} onRetry={departments.reload} /> : null}
        <MatterBasicsSection matter={matter} departments={departments.data ?? []} regions={regions} onChange={setMatter} />
        <MaterialsSection matter={matter} onChange={setMatter} />
        <MatterFieldsSection matter={matter} onChange={setMatter} onNotice={(text) => setMessage({ ok: true, text })} />
        <AutoApprovalSection matter={matter} onChange={setMatter} />
        <MatterResultSection matter={matter} onChange={setMatter} />
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
          </div>
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
          <VersionList versions={versions} />
        </section>
        <RawJson id="mx-raw" value={matter} label="mx.rawLabel" invalid="mx.rawInvalid" read={readMatter} onApply={setMatter} />
      </div>
      <div className="designer-side">
        <MatterPreview matter={matter} />
      </div>
    </div>
  );
}

export function MatterEditorPage() {
  const { t } = usePreferences();
  const api = useApi();
  const navigate = useNavigate();
  const { id } = useParams();
  const requested = id ?? 'new';
  // After the first save the address names the new matter; what the page shows stays (pinned).
  const [pin, setPin] = useState<{ requested: string; source: string }>();
  const source = pin?.requested === requested ? pin.source : requested;
  const loaded = useResource(async (): Promise<Opened & { source: string }> => {
    if (source === 'new') return { source, matter: blankMatter(), binding: undefined, problems: [] };
    try {
      const draft = await openMatterDraft(api, source);
      return {
        source,
        matter: { ...blankMatter(), ...(draft.definition as Partial<MatterDraftModel>), id: draft.id },
        binding: { id: draft.id, etag: draft.etag, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt },
        problems: draft.problems,
      };
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'MATTER_DRAFT_NOT_FOUND') throw error;
      const latest = await publishedMatter(api, source);
      return { source, matter: latest.definition, binding: undefined, problems: [], fromVersion: latest.version };
    }
  }, [api, source]);
  const onMoved = (newId: string) => {
    setPin({ requested: newId, source });
    void navigate(`/designer/matters/${encodeURIComponent(newId)}`, { replace: true, state: { keepFocus: true } });
  };
  return (
    <Page title={requested === 'new' ? t('mx.newTitle') : t('mx.editTitle')} wide>
      <p className="lead">{t('mx.editorIntro')}</p>
      <p>
        <Link to="/designer/matters">{t('mx.backToList')}</Link>
      </p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.data?.source !== source && loaded.loading ? <Loading /> : null}
      {loaded.data?.source === source ? <MatterEditor key={source} opened={loaded.data} onMoved={onMoved} /> : null}
    </Page>
  );
}
