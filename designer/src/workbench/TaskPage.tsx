// One task of the officer's department: only this matter's fields and materials (the runtime projects
// the data), the dates and the deadline standing, and the decision — approve, reject, or return with the
// missing materials and a comment. Errors come from the runtime in the reader's language.
import { formatDays } from '@onego/engine';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Application, BundleDetail, DecisionResult, TaskDetail } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ApiError } from '../api/client.ts';
import { DataView } from '../components/DataView.tsx';
import { ErrorMessage, Loading, StatusBadge, statusLabel } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { wholeForm } from '../form/compiledForms.ts';
import { formatInstant, shortId } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { waiverText } from '../portal/NoticeView.tsx';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { TaskHandling } from './TaskHandling.tsx';
import { PaymentStatus } from '../portal/MatterPayments.tsx';
import { RemindedBadge } from './RemindedBadge.tsx';
import { StepDue } from './StepDue.tsx';
import { ProvisionalNote } from '../components/ProvisionalDeadline.tsx';
import { labelAt } from '../form/schemaTools.ts';
import { MaterialExtras, segmentsOf, SupplementStateView, TaskProvenance } from '../services/TaskServiceDetails.tsx';

type Decision = 'approve' | 'reject' | 'return' | 'accept' | 'sendBack';

/** The names of the materials the matter still owes after 容缺受理. */
const owedNames = (detail: TaskDetail) => detail.supplement.owed.map((id) => detail.materials.find((m) => m.materialId === id)?.name ?? id);
const DECISIONS: Decision[] = ['approve', 'return', 'accept', 'reject'];

/** The decisions at the matter's current step: 退回补正 and 容缺受理 only at the first, 退回上一步 after it. */
function decisionsOf(detail: TaskDetail): Decision[] {
  const steps = detail.review?.steps;
  if (!steps || steps.length === 0) return DECISIONS;
  const first = steps[0]?.state === 'current';
  return first ? DECISIONS : ['approve', 'sendBack', 'reject'];
}

/** The result fields of the current step, as plain inputs: their titles from the step's result form. */
function resultInputs(detail: TaskDetail): { key: string; title: string; type: string }[] {
  const form = detail.review?.current?.resultForm as { properties?: Record<string, { title?: string; type?: string }> } | undefined;
  return (detail.review?.current?.resultKeys ?? []).map((key) => ({ key, title: form?.properties?.[key]?.title ?? key, type: form?.properties?.[key]?.type ?? 'string' }));
}

/** The reason the server refused a step's result field (JSON Pointer /results/<key>, the key's "/" as "~1"). */
function resultProblem(error: unknown, key: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const path = `/results/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return error.fieldErrors.find((e) => e.path === path || e.path.startsWith(`${path}/`))?.message;
}

export function TaskPage() {
  const { id = '' } = useParams();
  const { t, lang } = usePreferences();
  const api = useApi();
  const task = useResource(async () => (await api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`)).body, [api, id]);
  const applicationId = task.data?.applicationId;
  // Field titles: the bundle's whole merged form, compiled here by the engine.
  const form = useResource(async () => {
    if (!applicationId) return null;
    const application = (await api.get<Application>(`/api/applications/${encodeURIComponent(applicationId)}`)).body;
    // The version the application runs on: a later version may have renamed or dropped fields.
    const bundle = (await api.get<BundleDetail>(`/api/bundles/${encodeURIComponent(application.bundleId)}?version=${application.bundleVersion}`)).body;
    return wholeForm(bundle, lang);
  }, [api, applicationId, lang]);

  // No decision chosen in advance: the officer picks one (通过 is never pre-selected).
  const [decision, setDecision] = useState<Decision | null>(null);
  const [unchosen, setUnchosen] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [fields, setFields] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [results, setResults] = useState<Record<string, string>>({});
  const [toStep, setToStep] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<DecisionResult | null>(null);

  async function decide(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (decision === null) {
      setUnchosen(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const inputs = task.data ? resultInputs(task.data) : [];
      const recorded = Object.fromEntries(
        inputs.filter((f) => (results[f.key] ?? '').trim() !== '').map((f) => [f.key, f.type === 'integer' || f.type === 'number' ? Number(results[f.key]) : (results[f.key] ?? '').trim()]),
      );
      const body = {
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(decision === 'return' ? { missing, fields } : {}),
        ...(decision === 'accept' ? { missing } : {}),
        ...(decision === 'approve' && inputs.length > 0 ? { results: recorded } : {}),
        ...(decision === 'sendBack' ? { toStep } : {}),
        ...(task.data?.step ? { stepId: task.data.step.id } : {}),
      };
      const response = await api.post<DecisionResult>(`/api/tasks/${encodeURIComponent(id)}/decision`, body);
      setResult(response.body);
      task.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const detail = task.data;
  const now = new Date();
  return (
    <Page title={detail ? t('task.title', { name: detail.matter.name }) : t('task.facts')} wide>
      <p>
        <Link to="/workbench">{t('task.back')}</Link>
      </p>
      {task.error ? <ErrorMessage error={task.error} onRetry={task.reload} /> : null}
      {!detail && task.loading ? <Loading /> : null}
      {result ? (
        <div className="alert alert-success" role="status">
          {t('task.decided', { status: statusLabel(t, 'task', result.status), applicationStatus: statusLabel(t, 'application', result.applicationStatus) })}
        </div>
      ) : null}
      {detail ? (
        <div className="task-layout">
          <div>
            <section aria-labelledby="task-facts">
              <h2 id="task-facts">{t('task.facts')}</h2>
              <dl className="facts">
                <div>
                  <dt>{t('task.status')}</dt>
                  <dd>
                    <StatusBadge kind="task" status={detail.status} />
                  </dd>
                </div>
                <div>
                  <dt>{t('task.application')}</dt>
                  <dd>
                    <span title={detail.applicationId}>{shortId(detail.applicationId)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('task.submittedAt')}</dt>
                  <dd>{formatInstant(detail.submittedAt, lang)}</dd>
                </div>
                <div>
                  <dt>{t('task.acceptedAt')}</dt>
                  <dd>{formatInstant(detail.acceptedAt, lang)}</dd>
                </div>
                <div>
                  <dt>{t('task.dueAt')}</dt>
                  <dd>
                    {formatInstant(detail.dueAt, lang)} <DeadlineBadge status={detail.status} acceptedAt={detail.acceptedAt} dueAt={detail.dueAt} now={now} />
                    {detail.dueAtProvisional ? <ProvisionalNote /> : null}
                  </dd>
                </div>
                {detail.payment ? (
                  <div>
                    <dt>{t('payment.officerTitle')}</dt>
                    <dd data-testid="task-payment">
                      {t('payment.amountValue', { amount: detail.payment.amount })} <PaymentStatus payment={detail.payment} />
                      {detail.payment.status === 'unpaid' || detail.payment.status === 'ordering' ? <span className="hint block">{t('payment.officerUnpaid')}</span> : null}
                    </dd>
                  </div>
                ) : null}
                {detail.step?.dueAt ? (
                  <div>
                    <dt>{t('task.stepDueAt', { step: detail.step.name })}</dt>
                    <dd>
                      <StepDue step={detail.step} now={now} />
                    </dd>
                  </div>
                ) : null}
                {detail.remindedAt ? (
                  <div>
                    <dt>{t('task.reminded')}</dt>
                    <dd>
                      <RemindedBadge at={detail.remindedAt} />
                    </dd>
                  </div>
                ) : null}
                {detail.matter.timeLimit ? (
                  <div>
                    <dt>{t('task.timeLimit')}</dt>
                    <dd>{formatDays(detail.matter.timeLimit, lang)}</dd>
                  </div>
                ) : null}
              </dl>
            </section>
            <section aria-labelledby="task-data">
              <h2 id="task-data">{t('task.data')}</h2>
              {form.error ? <ErrorMessage error={form.error} onRetry={form.reload} /> : null}
              {form.data ? <DataView schema={form.data.schema} uiSchema={form.data.uiSchema} value={detail.data} onlyPresent /> : <Loading />}
            </section>
            <TaskProvenance detail={detail} schema={form.data?.schema} />
            <TaskHandling detail={detail} onChanged={task.reload} />
            <section aria-labelledby="task-materials">
              <h2 id="task-materials">{t('task.materials')}</h2>
              {detail.materials.length === 0 ? (
                <p>{t('task.noMaterials')}</p>
              ) : (
                <ul className="materials">
                  {detail.materials.map((m) => (
                    <li key={m.materialId}>
                      <strong>{m.name}</strong> <span className="badge badge-muted">{m.required ? t('task.materialRequired') : t('task.materialConditional')}</span>
                      {m.key ? <span className="badge badge-info">{t('task.materialKey')}</span> : null}
                      {m.waivedBy ? <span className="hint block">{t('task.waived', { why: waiverText(m.waivedBy, t, lang) })}</span> : null}
                      <MaterialExtras material={m} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <section className="panel decision" aria-labelledby="task-decision">
            <h2 id="task-decision">{t('task.decision')}</h2>
            <SupplementStateView detail={detail} />
            {detail.status !== 'pending' ? (
              <p>{t('task.notActionable', { status: statusLabel(t, 'task', detail.status) })}</p>
            ) : (
              <form onSubmit={(e) => void decide(e)} noValidate>
                <fieldset>
                  <legend>{t('task.decisionLegend')}</legend>
                  {decisionsOf(detail).map((d) => (
                    <label className="choice" key={d}>
                      <input
                        type="radio"
                        name="decision"
                        value={d}
                        checked={decision === d}
                        onChange={() => {
                          setDecision(d);
                          setUnchosen(false);
                        }}
                      />
                      {t(`task.${d}`)}
                    </label>
                  ))}
                  {unchosen ? (
                    <p className="field-error" role="alert">
                      {t('task.chooseDecision')}
                    </p>
                  ) : null}
                </fieldset>
                {decision === 'approve' && resultInputs(detail).length > 0 ? (
                  <fieldset>
                    <legend>{t('task.results')}</legend>
                    {resultInputs(detail).map((f) => {
                      // A refused value's reason, in plain words, under its field (422 VALIDATION_FAILED at /results/<key>).
                      const problem = resultProblem(error, f.key);
                      return (
                        <div className={`field${problem ? ' has-error' : ''}`} key={f.key}>
                          <label htmlFor={`result-${f.key}`}>{f.title}</label>
                          {problem ? (
                            <p className="field-error" id={`result-${f.key}-error`}>
                              {problem}
                            </p>
                          ) : null}
                          <input
                            id={`result-${f.key}`}
                            type={f.type === 'integer' || f.type === 'number' ? 'number' : 'text'}
                            value={results[f.key] ?? ''}
                            onChange={(e) => setResults({ ...results, [f.key]: e.target.value })}
                            aria-invalid={problem ? true : undefined}
                            aria-describedby={problem ? `result-${f.key}-error` : undefined}
                          />
                        </div>
                      );
                    })}
                  </fieldset>
                ) : null}
                {decision === 'sendBack' ? (
                  <div className="field">
                    <label htmlFor="to-step">{t('task.toStep')}</label>
                    <select id="to-step" value={toStep} onChange={(e) => setToStep(e.target.value)}>
                      <option value="">{t('task.pickStep')}</option>
                      {(detail.review?.steps ?? [])
                        .filter((s) => s.state === 'done')
                        .map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.name}
                          </option>
                        ))}
                    </select>
                  </div>
                ) : null}
                {decision === 'return' ? (
                  <fieldset>
                    <legend>{t('task.returnFields')}</legend>
                    {Object.keys(detail.provenance).map((pointer) => (
                      <label className="choice" key={pointer}>
                        <input type="checkbox" value={pointer} checked={fields.includes(pointer)} onChange={(e) => setFields(e.target.checked ? [...fields, pointer] : fields.filter((x) => x !== pointer))} />
                        {form.data ? labelAt(form.data.schema, segmentsOf(pointer), (n) => t('common.item', { n })) : pointer}
                      </label>
                    ))}
                  </fieldset>
                ) : null}
                {decision === 'return' || decision === 'accept' ? (
                  <fieldset>
                    <legend>{decision === 'accept' ? t('task.owedLegend') : t('task.missing')}</legend>
                    {detail.materials
                      .filter((m) => !m.waivedBy && (decision === 'return' || !m.key))
                      .map((m) => (
                        <label className="choice" key={m.materialId}>
                          <input
                            type="checkbox"
                            value={m.materialId}
                            checked={missing.includes(m.materialId)}
                            onChange={(e) => setMissing(e.target.checked ? [...missing, m.materialId] : missing.filter((x) => x !== m.materialId))}
                          />
                          {m.name}
                        </label>
                      ))}
                  </fieldset>
                ) : null}
                <div className="field">
                  <label htmlFor="comment">{t('task.comment')}</label>
                  <p className="hint" id="comment-hint">
                    {t('task.commentHint')}
                  </p>
                  <textarea id="comment" rows={4} value={comment} onChange={(e) => setComment(e.target.value)} aria-describedby="comment-hint" />
                </div>
                {error ? <ErrorMessage error={error} /> : null}
                {error instanceof ApiError && error.code === 'MATERIALS_OWED' ? (
                  <p className="alert alert-warn" data-testid="owed-explained">
                    {t('task.owedBlocksApproval', { names: owedNames(detail).join(lang === 'zh' ? '、' : ', ') })}
                  </p>
                ) : null}
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  {busy ? t('task.submitting') : t('task.submit')}
                </button>
              </form>
            )}
          </section>
        </div>
      ) : null}
    </Page>
  );
}
