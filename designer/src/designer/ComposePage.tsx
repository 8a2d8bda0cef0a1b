// /designer/compose[?from=<bundle id>]: composing a bundle without code — from a published bundle or a
// blank one — with the matter catalogue, scenario questions, each matter's condition, dependencies and
// fields, the problems with links to their places, a live preview, saving and publishing.
import { describeIssue, inLang } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BundleDetail, BundleSummary } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { BasicsEditor } from './BasicsEditor.tsx';
import { CatalogueBrowser } from './CatalogueBrowser.tsx';
import { addMatter, blankBundle, catalogueOf, checkDraft, compileDraft, placeOf, removeMatter, updateEntry, updateMatter, withBundle, type DesignDraft } from './draftModel.ts';
import { IssueList, type ShownIssue } from './IssueList.tsx';
import { MatterCard } from './MatterCard.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { PublishPanel, type ServerIssue } from './PublishPanel.tsx';
import { questionsOf, questionsSchema } from './questionModel.ts';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { RawJson } from './RawJson.tsx';

function Composer({ start, catalogue }: { start: DesignDraft; catalogue: Matter[] }) {
  const { t, lang } = usePreferences();
  const [draft, setDraft] = useState(start);
  const [serverIssues, setServerIssues] = useState<ServerIssue[]>([]);
  const questions = useMemo(() => questionsOf(draft.bundle.questions), [draft.bundle.questions]);
  const issues = useMemo(() => checkDraft(draft), [draft]);
  const compiled = useMemo(() => compileDraft(draft, issues), [draft, issues]);
  const change = (next: DesignDraft) => {
    setDraft(next);
    setServerIssues([]);
  };
  const shown: ShownIssue[] = (serverIssues.length > 0 ? serverIssues : issues.map((i) => ({ file: i.file, path: i.path, message: describeIssue(i, lang) }))).map((i) => ({
    ...i,
    place: placeOf(i, draft),
  }));
  const names = new Map([...catalogue, ...draft.matters].map((m) => [m.id, inLang(m.name, lang)]));
  const picked = new Set(draft.bundle.matters.map((m) => m.matter));
  return (
    <div className="designer-layout">
      <div className="designer-edit">
        <IssueList issues={shown} fromServer={serverIssues.length > 0} />
        <BasicsEditor bundle={draft.bundle} onChange={(c) => change(withBundle(draft, c))} />
        <QuestionsEditor questions={questions} onChange={(qs) => change(withBundle(draft, { questions: questionsSchema(qs) }))} />
        <CatalogueBrowser catalogue={catalogue} picked={picked} onPick={(m) => change(addMatter(draft, m))} />
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
        <PublishPanel draft={draft} blocked={issues.length > 0} onServerIssues={setServerIssues} />
        <RawJson draft={draft} onApply={change} />
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
  const [params] = useSearchParams();
  const from = params.get('from');
  const loaded = useResource(async () => {
    const list = (await api.get<BundleSummary[]>('/api/bundles')).body;
    const details = await Promise.all(list.map(async (b) => (await api.get<BundleDetail>(`/api/bundles/${encodeURIComponent(b.id)}`)).body));
    const origin = details.find((d) => d.id === from);
    const start: DesignDraft = origin ? structuredClone(origin.definition) : { bundle: blankBundle(), matters: [] };
    return { catalogue: catalogueOf(details.map((d) => d.definition)), start };
  }, [api, from]);
  return (
    <Page title={t('dz.composeTitle')} wide>
      <p className="lead">{t('dz.composeIntro')}</p>
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      {!loaded.data && loaded.loading ? <Loading /> : null}
      {loaded.data ? <Composer key={from ?? ''} start={loaded.data.start} catalogue={loaded.data.catalogue} /> : null}
    </Page>
  );
}
