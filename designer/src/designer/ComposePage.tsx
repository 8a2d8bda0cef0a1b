// /designer/compose[?from=<bundle id>] and /designer/drafts/<bundle id>: composing a bundle without code —
// from a published bundle, a blank one or a saved draft — with the matter catalogue, scenario questions,
// each matter's condition, dependencies and fields, the problems with links to their places, a live
// preview, saving and publishing. A first save moves the page to /designer/drafts/<id> (so a reload opens
// the draft) without reloading it; leaving with unsaved changes asks first.
import { describeIssue, inLang } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { BundleDetail, DefinitionIssue } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { BasicsEditor } from './BasicsEditor.tsx';
import { CatalogueBrowser } from './CatalogueBrowser.tsx';
import { openDraft, takenBundleIds, type DraftBinding, type OpenedDraft } from './draftApi.ts';
import {
  addMatter,
  blankBundle,
  checkDraft,
  compileDraft,
  openable,
  placeOf,
  removeMatter,
  updateEntry,
  updateMatter,
  withBundle,
  type DesignDraft,
} from './draftModel.ts';
import { IssueList, type ShownIssue } from './IssueList.tsx';
import { loadLocalElements, rememberLocalElements, useLocalElements } from './localElements.ts';
import { MatterCard } from './MatterCard.tsx';
import { MatterUpdates } from './MatterUpdates.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { PublishPanel } from './PublishPanel.tsx';
import { questionsOf, questionsSchema } from './questionModel.ts';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { RawJson } from './RawJson.tsx';
import { RepeatLimitsEditor } from './RepeatLimitsEditor.tsx';

/** Asks before the page is left (reload, closing, a link) while there are unsaved changes. */
export function useUnsavedGuard(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    // Links of the app: asked in the capture phase, before the router's own click handler.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      const to = new URL(link.href, window.location.href);
      if (to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, question]);
}

interface ComposerProps {
  start: DesignDraft;
  /** The saved draft the page opened, if it opened one. */
  opened: DraftBinding | undefined;
  /** What the address names now ("draft:<id>", "from:<id>", "blank"). */
  requested: string;
  /** Names the page anew (after a save or a publication) without loading it again. */
  onMoved: (url: string, requested: string) => void;
  /** A blank bundle: the ids other bundles have (its id, made from its name, is none of them). */
  takenIds: ReadonlySet<string> | undefined;
}

/** A bundle draft read from the expert view's JSON: a bundle object and a matters array. */
function readDraft(parsed: unknown): DesignDraft | undefined {
  const d = parsed as DesignDraft | null;
  return typeof d === 'object' && d !== null && typeof d.bundle === 'object' && Array.isArray(d.matters) ? d : undefined;
}

function Composer({ start, opened, requested, onMoved, takenIds }: ComposerProps) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [draft, setDraft] = useState(start);
  const [baseline, setBaseline] = useState(() => JSON.stringify(start));
  const [binding, setBinding] = useState(opened);
  const [serverIssues, setServerIssues] = useState<DefinitionIssue[]>([]);
  /** The version this page published last: it stays on the bundle and says so. */
  const [published, setPublished] = useState<number | undefined>();
  const dirty = useMemo(() => JSON.stringify(draft) !== baseline, [draft, baseline]);
  useUnsavedGuard(dirty, t('dz.leaveUnsaved'));
  const bindTo = (next: DraftBinding) => {
    setBinding(next);
    if (requested !== `draft:${next.id}`) onMoved(`/designer/drafts/${encodeURIComponent(next.id)}`, `draft:${next.id}`);
  };
  const onSaved = (next: DraftBinding, saved: DesignDraft) => {
    setBaseline(JSON.stringify(saved));
    setPublished(undefined);
    bindTo(next);
  };
  const onPublished = (id: string, version: number, definition: DesignDraft) => {
    // the draft became the version: the page stays on it (a reload opens the published bundle) and says so
    setBinding(undefined);
    setBaseline(JSON.stringify(definition));
    setPublished(version);
    onMoved(`/designer/compose?from=${encodeURIComponent(id)}`, `from:${id}`);
  };
  const onReload = (theirs: OpenedDraft) => {
    const next = openable(theirs.definition);
    rememberLocalElements(theirs.definition);
    setDraft(next);
    setBaseline(JSON.stringify(next));
    bindTo(theirs);
  };
  const questions = useMemo(() => questionsOf(draft.bundle.questions), [draft.bundle.questions]);
  // the local data elements (本地区数据元) the matters bind: the check waits for them as they become known
  const local = useLocalElements();
  const issues = useMemo(() => checkDraft(draft, local), [draft, local]);
  const compiled = useMemo(() => compileDraft(draft, issues, local), [draft, issues, local]);
  const change = (next: DesignDraft) => {
    setDraft(next);
    setServerIssues([]);
  };
  const pick = (matter: Matter) => {
    change(addMatter(draft, matter));
    // the dictionary of the matter's region (else the bundle's), for the local elements it may bind
    loadLocalElements(api, matter.department.region?.divisionCode ?? draft.bundle.region?.divisionCode).catch(() => undefined);
  };
  const shown: ShownIssue[] = (serverIssues.length > 0 ? serverIssues : issues.map((i) => ({ file: i.file, path: i.path, message: describeIssue(i, lang) }))).map((i) => ({
    ...i,
    place: placeOf(i, draft),
  }));
  const names = new Map(draft.matters.map((m) => [m.id, inLang(m.name, lang)]));
  const picked = new Set(draft.bundle.matters.map((m) => m.matter));
  return (
    <div className="designer-layout">
      <div className="designer-edit">
        <p className="draft-state" data-testid="draft-state">
          {published !== undefined && !dirty
            ? t('mx.bundlePublishedState', { name: inLang(draft.bundle.name, lang), n: published })
            : binding
              ? t('dz.editingDraft', { name: inLang(draft.bundle.name, lang), by: binding.updatedBy, at: formatInstant(binding.updatedAt, lang) })
              : t('dz.editingNew')}
          {dirty ? <strong className="draft-unsaved"> {t('dz.unsaved')}</strong> : null}
        </p>
        <IssueList issues={shown} fromServer={serverIssues.length > 0} />
        <BasicsEditor bundle={draft.bundle} takenIds={requested === 'blank' && binding === undefined && published === undefined ? takenIds : undefined} onChange={(c) => change(withBundle(draft, c))} onReplace={(bundle) => change({ ...draft, bundle })} />
        <QuestionsEditor questions={questions} onChange={(qs) => change(withBundle(draft, { questions: questionsSchema(qs) }))} />
        <CatalogueBrowser picked={picked} onPick={pick} />
        <section aria-labelledby="design-matters" className="design-section">
          <h2 id="design-matters" tabIndex={-1}>
            {t('dz.pickedMatters', { n: draft.bundle.matters.length })}
          </h2>
          {draft.bundle.matters.length === 0 ? <p className="hint">{t('dz.noMatters')}</p> : null}
          <ol className="plain">
            {draft.bundle.matters.map((entry) => (
              <MatterCard
                key={entry.matter}
                entry={entry}
                matter={draft.matters.find((m) => m.id === entry.matter)}
                others={draft.bundle.matters.filter((m) => m.matter !== entry.matter).map((m) => ({ id: m.matter, name: names.get(m.matter) ?? m.matter }))}
                questions={questions}
                onEntry={(next) => change(updateEntry(draft, entry.matter, () => next))}
                onMatter={(next) => change(updateMatter(draft, entry.matter, () => next))}
                onRemove={() => change(removeMatter(draft, entry.matter))}
              />
            ))}
          </ol>
        </section>
        <RepeatLimitsEditor draft={draft} questions={questions} onChange={(c) => change(withBundle(draft, c))} />
        <MatterUpdates matters={draft.matters} onMove={(latest) => change(updateMatter(draft, latest.id, () => latest))} />
        <PublishPanel
          draft={draft}
          blocked={issues.length > 0}
          dirty={dirty}
          binding={binding}
          onSaved={onSaved}
          onPublished={onPublished}
          onReload={onReload}
          onServerIssues={setServerIssues}
        />
        <RawJson id="design-raw" value={draft} label="dz.rawLabel" invalid="dz.rawInvalid" read={readDraft} onApply={change} />
      </div>
      <div className="designer-side">
        <PreviewPanel compiled={compiled} />
      </div>
    </div>
  );
}

export function ComposePage() {
  const { t } = usePreferences();
  const api = useApi();
  const navigate = useNavigate();
  const { id: draftId } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from');
  const requested = draftId ? `draft:${draftId}` : from ? `from:${from}` : 'blank';
  // After a save or a publication the address names the page anew; what it shows stays (pinned). The pin
  // holds the address before the move too: the router may render the old address once more after the
  // pin is set (its navigation is a transition), and that render must not load the page anew — after a
  // publication that was the draft just published (gone) and then an empty bundle.
  const [pin, setPin] = useState<{ names: readonly string[]; source: string }>();
  const source = pin?.names.includes(requested) ? pin.source : requested;
  const loaded = useResource(async () => {
    const [kind, id] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
    if (kind === 'draft') {
      const { definition, ...opened } = await openDraft(api, id);
      rememberLocalElements(definition);
      return { source, start: openable(definition), opened, takenIds: undefined };
    }
    const origin = kind === 'from' ? (await api.get<BundleDetail>(`/api/bundles/${encodeURIComponent(id)}`)).body : undefined;
    const takenIds = origin ? undefined : await takenBundleIds(api);
    const start: DesignDraft = origin ? structuredClone(origin.definition) : { bundle: blankBundle(takenIds), matters: [] };
    rememberLocalElements(origin?.definition);
    return { source, start, opened: undefined, takenIds };
  }, [api, source]);
  const onMoved = useCallback(
    (url: string, next: string) => {
      // a move of the page pinned already (a publication after a first save) chains on from its last address
      setPin((pinned) => ({ names: [pinned?.source === source ? (pinned.names.at(-1) ?? requested) : requested, next], source }));
      void navigate(url, { replace: true, state: { keepFocus: true } });
    },
    [navigate, source, requested],
  );
  return (
    <Page title={t('dz.composeTitle')} wide>
      <p className="lead">{t('dz.composeIntro')}</p>
      {loaded.error ? (
        <>
          <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
          <p>
            <Link to="/designer">{t('dz.backHome')}</Link>
          </p>
        </>
      ) : null}
      {loaded.data?.source !== source && loaded.loading ? <Loading /> : null}
      {loaded.data?.source === source ? (
        <Composer key={source} start={loaded.data.start} opened={loaded.data.opened} requested={requested} onMoved={onMoved} takenIds={loaded.data.takenIds} />
      ) : null}
    </Page>
  );
}
