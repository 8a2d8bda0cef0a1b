// A citizen applies to a bundle: scenario questions → the one-time notice with the before/after
// figures → the merged form, one section per step, checked by the engine as the runtime checks it →
// the materials (files uploaded to the draft, or commitments signed instead) → a summary of every answer
// and material → one submission. The Idempotency-Key is made once per attempt (the same
// answers), so a double click or a retry after a network failure never creates two applications.
import type { Lang, ValidationIssue } from '@onego/engine';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { ApplicationCreated, BundleDetail, Draft, DraftMaterialUpload, Preview } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { DataView } from '../components/DataView.tsx';
import { describeError, ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { ErrorSummary, type SummaryItem } from '../form/ErrorSummary.tsx';
import { OneGoForm } from '../form/OneGoForm.tsx';
import { forRjsf, friendlyUiSchema, labelAt, localizeSchema, propertiesOf, pruneToSchema, schemaAt, sectionsOf, segmentsBelow, type Schema } from '../form/schemaTools.ts';
import { errorSchemaOf, fieldIdOf, validate } from '../form/validation.ts';
import { newId } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { NoticeView } from './NoticeView.tsx';
import { BundleForms } from './BundleForms.tsx';
import { markPrefilled, withPrefill } from '../services/prefill.ts';
import { DraftSaveButton, useDraft } from '../services/drafts.tsx';
import { allowedCommitments, MaterialsStep, MaterialsSummary, type MaterialsState } from './MaterialsStep.tsx';
import { askedQuestions } from './askedQuestions.ts';
import { NOBODY_ELSE, onBehalfOfOf, WhoApplies, whoProblems, type WhoState } from './WhoApplies.tsx';

type Step = { kind: 'questions' } | { kind: 'notice' } | { kind: 'section'; index: number } | { kind: 'materials' } | { kind: 'summary' };
type Issue = Pick<ValidationIssue, 'path' | 'message'>;
type Data = Record<string, unknown>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function ApplyPage() {
  const { bundleId = '' } = useParams();
  const { t, lang } = usePreferences();
  const api = useApi();
  const navigate = useNavigate();
  const bundle = useResource(async () => (await api.get<BundleDetail>(`/api/bundles/${encodeURIComponent(bundleId)}`)).body, [api, bundleId]);

  const [step, setStep] = useState<Step>({ kind: 'questions' });
  const [answers, setAnswersState] = useState<Data>({});
  const [data, setDataState] = useState<Data>({});
  const [preview, setPreview] = useState<{ lang: Lang; answers: Data; value: Preview } | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [checking, setChecking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [focus, setFocus] = useState<{ to: 'heading' | 'errors'; at: number } | null>(null);
  const idempotencyKey = useRef<string | null>(null);
  const submitting = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const draft = useDraft(bundleId);
  const [searchParams] = useSearchParams();
  const draftToResume = searchParams.get('draft');
  const [resumedDraft, setResumedDraft] = useState(false);
  const [materials, setMaterialsState] = useState<MaterialsState>({ uploads: [], commitments: [] });
  const [signatureMissing, setSignatureMissing] = useState(false);
  const [materialsDraft, setMaterialsDraft] = useState<{ saving: boolean; failed: boolean }>({ saving: false, failed: false });
  const [who, setWhoState] = useState<WhoState>(NOBODY_ELSE);
  const [whoChecked, setWhoChecked] = useState(false);

  const definedQuestions = bundle.data?.definition.bundle.questions as Schema | undefined;
  const rawQuestions = useMemo(() => (definedQuestions ? askedQuestions(definedQuestions) : undefined), [definedQuestions]);
  const questions = useMemo(() => (rawQuestions ? localizeSchema(rawQuestions, lang) : undefined), [rawQuestions, lang]);
  const questionsUi = useMemo(() => (questions ? friendlyUiSchema(questions, {}) : {}), [questions]);
  const form = preview?.value.form;
  const sections = useMemo(() => (form ? sectionsOf(form.schema, form.uiSchema) : []), [form]);
  const totalSteps = 4 + sections.length;
  const stepNumber =
    step.kind === 'questions' ? 1 : step.kind === 'notice' ? 2 : step.kind === 'section' ? 3 + step.index : step.kind === 'materials' ? 3 + sections.length : totalSteps;

  // Any change of the answers or data makes a new attempt: a new Idempotency-Key when submitted.
  const setAnswers = (next: Data) => {
    if (!sameJson(next, answers)) idempotencyKey.current = null;
    setAnswersState(next);
  };
  const setData = (next: Data) => {
    if (!sameJson(next, data)) idempotencyKey.current = null;
    setDataState(next);
  };
  const setWho = (next: WhoState) => {
    if (!sameJson(onBehalfOfOf(next), onBehalfOfOf(who))) idempotencyKey.current = null;
    setWhoState(next);
  };
  const setMaterials = (next: MaterialsState) => {
    if (!sameJson(next.commitments, materials.commitments) || next.signature !== materials.signature) idempotencyKey.current = null;
    setMaterialsState(next);
  };

  const loadPreview = async (forAnswers: Data) => {
    const response = await api.post<Preview>(`/api/bundles/${encodeURIComponent(bundleId)}/preview`, { answers: forAnswers });
    setPreview({ lang, answers: forAnswers, value: response.body });
    const prefilled = response.body.prefill.data;
    setDataState((current) => withPrefill(current, prefilled) as Data);
    return response.body;
  };

  // The form and notice come in the reader's language: ask again when it changes.
  useEffect(() => {
    if (!preview || preview.lang === lang) return;
    api.post<Preview>(`/api/bundles/${encodeURIComponent(bundleId)}/preview`, { answers: preview.answers }).then(
      (response) => setPreview({ lang, answers: preview.answers, value: response.body }),
      (error: unknown) => setFailure(error),
    );
  }, [lang, preview, api, bundleId]);

  // Resuming a saved draft (?draft=id): its answers and data, then the form's first section.
  useEffect(() => {
    if (!draftToResume || resumedDraft) return;
    setResumedDraft(true);
    void (async () => {
      try {
        const saved = (await api.get<Draft>(`/api/application-drafts/${encodeURIComponent(draftToResume)}`)).body;
        draft.resumed(saved);
        setAnswersState(saved.answers);
        setDataState(saved.data);
        setMaterialsState({ uploads: [], commitments: saved.commitments });
        if (saved.onBehalfOf) setWhoState({ proxy: true, onBehalfOf: saved.onBehalfOf });
        await loadPreview(saved.answers);
        goTo({ kind: 'section', index: 0 });
      } catch (error) {
        setFailure(error);
      }
    })();
    // once per visit
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftToResume, resumedDraft]);

  useEffect(() => {
    if (!focus) return;
    if (focus.to === 'errors' && errorSummary.current) errorSummary.current.focus();
    else heading.current?.focus();
  }, [focus]);

  const goTo = (next: Step, focusTo: 'heading' | 'errors' = 'heading') => {
    setStep(next);
    setChecking(false);
    setFailure(null);
    setFocus({ to: focusTo, at: Date.now() });
  };

  /**
   * The materials step: the draft is saved first (with the answers as they are now, which decide the
   * matters and so the materials), so that the files uploaded are kept with it; then its files are read.
   */
  async function enterMaterials() {
    goTo({ kind: 'materials' });
    setMaterialsDraft({ saving: true, failed: false });
    const saved = await draft.save(answers, data, materials.commitments, onBehalfOfOf(who) ?? null);
    if (!saved) return setMaterialsDraft({ saving: false, failed: true });
    try {
      const uploads = (await api.get<DraftMaterialUpload[]>(`/api/application-drafts/${encodeURIComponent(saved.id)}/materials`)).body;
      setMaterialsState((current) => ({ ...current, uploads }));
      setMaterialsDraft({ saving: false, failed: false });
    } catch (error) {
      setFailure(error);
      setMaterialsDraft({ saving: false, failed: true });
    }
  }

  const answerIssues = (value: Data) => (rawQuestions ? validate(rawQuestions, value, lang, '/answers') : []);
  const dataIssues = (value: Data) => (form ? validate(form.schema, pruneToSchema(value, form.schema), lang, '/data') : []);
  const prefixOf = (s: Step) => (s.kind === 'questions' ? '/answers' : s.kind === 'section' ? `/data/${sections[s.index] ?? ''}` : null);
  const issuesUnder = (list: Issue[], prefix: string | null) => (prefix ? list.filter((i) => segmentsBelow(i.path, prefix) !== null) : []);
  /** Replaces the issues under a prefix with the new ones. */
  const replaceIssues = (prefix: string, found: Issue[]) => setIssues((all) => [...all.filter((i) => segmentsBelow(i.path, prefix) === null), ...found]);

  /** Shows issues (from the engine or a 422) at the first step that has any. */
  const showIssues = (found: Issue[]) => {
    setIssues(found);
    if (found.some((i) => segmentsBelow(i.path, '/answers') !== null)) return goTo({ kind: 'questions' }, 'errors');
    const index = sections.findIndex((key) => found.some((i) => segmentsBelow(i.path, `/data/${key}`) !== null));
    goTo({ kind: 'section', index: Math.max(0, index) }, 'errors');
  };

  async function submitQuestions(value: Data) {
    setAnswers(value);
    const found = answerIssues(value);
    replaceIssues('/answers', found);
    if (found.length > 0) {
      setChecking(true);
      setFocus({ to: 'errors', at: Date.now() });
      return;
    }
    setBusy(true);
    try {
      await loadPreview(value);
      goTo({ kind: 'notice' });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function submitSection(index: number, value: unknown) {
    const key = sections[index] ?? '';
    const next = { ...data, [key]: value };
    setData(next);
    const prefix = `/data/${key}`;
    const found = issuesUnder(dataIssues(next), prefix);
    replaceIssues(prefix, found);
    if (found.length > 0) {
      setChecking(true);
      setFocus({ to: 'errors', at: Date.now() });
      return;
    }
    if (index + 1 < sections.length) goTo({ kind: 'section', index: index + 1 });
    else void enterMaterials();
  }

  // 告知承诺 chosen: signed before going on (the summary and the submission carry the signature).
  function leaveMaterials() {
    const signing = preview ? allowedCommitments(preview.value.notice, materials.commitments).length > 0 : false;
    if (signing && !materials.signature) {
      setSignatureMissing(true);
      document.getElementById('signature-title')?.scrollIntoView({ block: 'center' });
      return;
    }
    setSignatureMissing(false);
    goTo({ kind: 'summary' });
  }

  async function submitApplication() {
    if (submitting.current || !form) return;
    const draftId = draft.id();
    const commitments = preview ? allowedCommitments(preview.value.notice, materials.commitments) : [];
    const signature = commitments.length > 0 && materials.signature ? { signature: { image: materials.signature.image, method: materials.signature.method } } : {};
    const onBehalfOf = onBehalfOfOf(who);
    const payload = { bundleId, answers, data: pruneToSchema(data, form.schema), ...(commitments.length > 0 ? { commitments, ...signature } : {}), ...(draftId ? { draftId } : {}), ...(onBehalfOf ? { onBehalfOf } : {}) };
    const found = [...answerIssues(answers), ...dataIssues(data)];
    if (found.length > 0) return showIssues(found);
    setWhoChecked(true);
    const whoProblem = Object.keys(whoProblems(who))[0];
    if (whoProblem) return document.getElementById(whoProblem === 'name' ? 'proxy-name' : 'proxy-id-number')?.focus();
    submitting.current = true;
    setBusy(true);
    setFailure(null);
    idempotencyKey.current ??= newId();
    try {
      const response = await api.post<ApplicationCreated>('/api/applications', payload, { 'idempotency-key': idempotencyKey.current });
      await navigate(`/applications/${encodeURIComponent(response.body.id)}`, { state: { submitted: true } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && error.fieldErrors.length > 0) showIssues(error.fieldErrors);
      else setFailure(error);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }

  // Live checking once a step was refused: the messages follow the typing.
  const onQuestionsChange = (value: unknown) => {
    setAnswers(value as Data);
    if (checking) replaceIssues('/answers', answerIssues(value as Data));
  };
  const onSectionChange = (index: number, value: unknown) => {
    const key = sections[index] ?? '';
    const next = { ...data, [key]: value };
    setData(next);
    if (checking) replaceIssues(`/data/${key}`, issuesUnder(dataIssues(next), `/data/${key}`));
  };

  if (bundle.error) {
    return (
      <Page title={t('apply.questions')}>
        <ErrorMessage error={bundle.error} onRetry={bundle.reload} />
      </Page>
    );
  }
  if (!bundle.data || !questions) {
    return (
      <Page title={t('apply.questions')}>
        <Loading />
      </Page>
    );
  }
  if (bundle.data.withdrawn) {
    // Off the portal (下线): no new application; the runtime would refuse it (BUNDLE_WITHDRAWN).
    return (
      <Page title={bundle.data.name}>
        <p className="alert alert-warn" role="alert">
          {t('cat.applyWithdrawn', { name: bundle.data.name })}
        </p>
        <p>
          <Link to="/">{t('error.backHome')}</Link>
        </p>
      </Page>
    );
  }

  const stepTitle = (s: Step): string => {
    if (s.kind === 'questions') return t('apply.questions');
    if (s.kind === 'notice') return t('apply.notice');
    if (s.kind === 'summary') return t('apply.summary');
    if (s.kind === 'materials') return t('apply.materials');
    const key = sections[s.index] ?? '';
    const title = propertiesOf(form?.schema)[key]?.['title'];
    return typeof title === 'string' ? title : key;
  };
  const allSteps: Step[] = [{ kind: 'questions' }, { kind: 'notice' }, ...sections.map((_, index): Step => ({ kind: 'section', index })), { kind: 'materials' }, { kind: 'summary' }];
  const currentIssues = issuesUnder(issues, prefixOf(step));
  const summaryItems = (schema: Schema, prefix: string): SummaryItem[] =>
    currentIssues.map((issue) => {
      const segments = segmentsBelow(issue.path, prefix) ?? [];
      return { label: segments.length > 0 ? labelAt(schema, segments, (n) => t('common.item', { n })) : stepTitle(step), message: issue.message, fieldId: fieldIdOf(segments) };
    });

  let body: ReactNode = null;
  if (step.kind === 'questions') {
    body = (
      <>
        <p>{t('apply.questionsIntro')}</p>
        <ErrorSummary ref={errorSummary} items={summaryItems(questions, '/answers')} />
        <OneGoForm schema={forRjsf(questions)} uiSchema={questionsUi} formData={answers} errors={errorSchemaOf(currentIssues, '/answers')} onChange={onQuestionsChange} onSubmit={(value) => void submitQuestions(value as Data)}>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('common.next')}
            </button>
          </div>
        </OneGoForm>
      </>
    );
  } else if (step.kind === 'notice' && preview) {
    body = (
      <>
        <p>{t('apply.noticeIntro')}</p>
        <NoticeView notice={preview.value.notice} metrics={preview.value.metrics} />
        <BundleForms bundleId={bundleId} hint />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => goTo({ kind: 'questions' })}>
            {t('common.back')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => goTo({ kind: 'section', index: 0 })}>
            {t('apply.startForm')}
          </button>
        </div>
      </>
    );
  } else if (step.kind === 'section' && form) {
    const key = sections[step.index] ?? '';
    const sectionSchema = propertiesOf(form.schema)[key] ?? {};
    const prefill = preview?.value.prefill;
    const sectionUi = markPrefilled(friendlyUiSchema(sectionSchema, schemaAt(form.schema, form.uiSchema, [key]).uiSchema), key, prefill?.provenance ?? {}, t);
    const prefilledCount = Object.keys(prefill?.provenance ?? {}).length;
    body = (
      <>
        <p className="hint">{t('apply.sectionIntro')}</p>
        {draftToResume && draft.id() ? <p className="alert">{t('draft.resumed')}</p> : null}
        {prefilledCount > 0 ? (
          <p className="alert" data-testid="prefill-notice">
            {t('prefill.notice', { count: prefilledCount })}
          </p>
        ) : prefill?.status === 'unavailable' ? (
          <p className="alert alert-warn">{t('prefill.unavailable')}</p>
        ) : null}
        <ErrorSummary ref={errorSummary} items={summaryItems(sectionSchema, `/data/${key}`)} />
        <OneGoForm
          key={key}
          schema={forRjsf({ ...sectionSchema, title: '' })}
          uiSchema={sectionUi}
          formData={data[key]}
          errors={errorSchemaOf(currentIssues, `/data/${key}`)}
          onChange={(value) => onSectionChange(step.index, value)}
          onSubmit={(value) => submitSection(step.index, value)}
        >
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => goTo(step.index === 0 ? { kind: 'notice' } : { kind: 'section', index: step.index - 1 })}>
              {t('common.back')}
            </button>
            <button type="submit" className="btn btn-primary">
              {t('common.next')}
            </button>
            <DraftSaveButton draft={draft} answers={answers} data={data} />
          </div>
        </OneGoForm>
      </>
    );
  } else if (step.kind === 'materials' && preview) {
    body = (
      <>
        <MaterialsStep
          notice={preview.value.notice}
          definition={bundle.data.definition}
          draftId={materialsDraft.saving || materialsDraft.failed ? null : (draft.id() ?? null)}
          saving={materialsDraft.saving}
          saveFailed={materialsDraft.failed}
          onRetry={() => void enterMaterials()}
          state={materials}
          onChange={setMaterials}
          signatureMissing={signatureMissing}
        />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => goTo({ kind: 'section', index: sections.length - 1 })}>
            {t('common.back')}
          </button>
          <button type="button" className="btn btn-primary" disabled={materialsDraft.saving} aria-disabled={materialsDraft.saving} onClick={leaveMaterials}>
            {t('common.next')}
          </button>
          <DraftSaveButton draft={draft} answers={answers} data={data} commitments={materials.commitments} />
        </div>
      </>
    );
  } else if (step.kind === 'summary' && form) {
    body = (
      <>
        <p>{t('apply.summaryIntro')}</p>
        <section className="summary-section" aria-labelledby="summary-answers">
          <div className="summary-head">
            <h3 id="summary-answers">{t('apply.answers')}</h3>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => goTo({ kind: 'questions' })}>
              {t('common.change')}
              <span className="visually-hidden">{t('apply.answers')}</span>
            </button>
          </div>
          <DataView schema={questions} uiSchema={questionsUi} value={answers} />
        </section>
        {sections.map((key, index) => {
          const { schema, uiSchema } = schemaAt(form.schema, form.uiSchema, [key]);
          const title = stepTitle({ kind: 'section', index });
          return (
            <section className="summary-section" aria-labelledby={`summary-${key}`} key={key}>
              <div className="summary-head">
                <h3 id={`summary-${key}`}>{title}</h3>
                <button type="button" className="btn btn-secondary btn-small" onClick={() => goTo({ kind: 'section', index })}>
                  {t('common.change')}
                  <span className="visually-hidden">{title}</span>
                </button>
              </div>
              <DataView schema={schema ?? {}} uiSchema={uiSchema} value={data[key]} />
            </section>
          );
        })}
        {preview ? (
          <section className="summary-section" aria-labelledby="summary-materials">
            <div className="summary-head">
              <h3 id="summary-materials">{t('materials.summary')}</h3>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void enterMaterials()}>
                {t('common.change')}
                <span className="visually-hidden">{t('materials.summary')}</span>
              </button>
            </div>
            <MaterialsSummary notice={preview.value.notice} state={materials} />
          </section>
        ) : null}
        <WhoApplies
          bundle={bundle.data.definition.bundle}
          who={who}
          onChange={setWho}
          showProblems={whoChecked}
          saveDraft={() => draft.save(answers, form ? pruneToSchema(data, form.schema) : data, materials.commitments, onBehalfOfOf(who) ?? null)}
        />
        {failure ? (
          <div className="alert alert-error" role="alert">
            {t('apply.submitFailed', { message: describeError(failure, t) })}
          </div>
        ) : null}
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={() => goTo({ kind: 'materials' })}>
            {t('common.back')}
          </button>
          <button type="button" className="btn btn-primary btn-large" disabled={busy} aria-disabled={busy} onClick={() => void submitApplication()}>
            {busy ? t('apply.submitting') : t('apply.submit')}
          </button>
        </div>
      </>
    );
  }

  return (
    <Page title={t('apply.title', { name: bundle.data.name })}>
      <nav aria-label={t('apply.progress')}>
        <ol className="steps">
          {allSteps.map((s, i) => (
            <li key={i} aria-current={i + 1 === stepNumber ? 'step' : undefined} className={i + 1 < stepNumber ? 'done' : undefined}>
              {stepTitle(s)}
            </li>
          ))}
        </ol>
      </nav>
      <section className="step panel" aria-labelledby="step-title">
        <p className="step-count">{t('apply.stepOf', { n: stepNumber, total: totalSteps })}</p>
        <h2 id="step-title" ref={heading} tabIndex={-1}>
          {stepTitle(step)}
        </h2>
        {failure && step.kind !== 'summary' ? <ErrorMessage error={failure} /> : null}
        {body}
      </section>
    </Page>
  );
}
