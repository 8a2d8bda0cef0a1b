// Who holds a task and where its matter is in its review steps (issue #16): the steps (done / current /
// next), who holds the task and who signed, and the actions — 签收, 转办, 委派, 指派, 加签, 交回 — with a
// colleague picked by name from the department's staff.
import { useState } from 'react';
import type { StaffMember, TaskDetail } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';

type Action = 'transfer' | 'delegate' | 'assign' | 'countersigners';
const ACTIONS: Action[] = ['transfer', 'delegate', 'assign', 'countersigners'];

export function TaskHandling({ detail, onChanged }: { detail: TaskDetail; onChanged: () => void }) {
  const { t } = usePreferences();
  const { session } = useSession();
  const api = useApi();
  const staff = useResource(async () => (await api.get<StaffMember[]>(`/api/departments/${encodeURIComponent(detail.department)}/staff`)).body, [api, detail.department]);
  const [action, setAction] = useState<Action>('transfer');
  const [colleague, setColleague] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const review = detail.review;
  const mine = detail.holder?.subject === session?.subject;
  const open = detail.status === 'pending' || detail.status === 'returned';

  async function run(path: string, body: unknown) {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/tasks/${encodeURIComponent(detail.id)}/${path}`, body);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="task-steps">
      <h2 id="task-steps">{t('steps.title')}</h2>
      {review && review.steps.length > 0 ? (
        <ol className="steps">
          {review.steps.map((step) => (
            <li key={step.id} data-step-state={step.state}>
              <strong>{step.name}</strong> <span className="badge badge-muted">{t(`steps.state.${step.state}`)}</span> <span className="hint">{t('steps.handler', { handler: step.handler })}</span>
              {step.mode !== 'one' ? <span className="badge badge-info">{t(`steps.mode.${step.mode}`)}</span> : null}
              {step.doneBy ? <span className="hint block">{t('steps.doneBy', { names: step.doneBy.map((p) => p.name).join('、') })}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('steps.holder')}</dt>
          <dd data-testid="holder">
            {detail.holder ? detail.holder.name : t('steps.unclaimed')}
            {detail.delegatedBy ? ` ${t('steps.delegatedBy', { name: detail.delegatedBy.name })}` : ''}
          </dd>
        </div>
        {review?.current && (review.current.signers.length > 0 || review.current.addedSigners.length > 0 || review.current.signatures.length > 0) ? (
          <div>
            <dt>{t('steps.signers')}</dt>
            <dd>
              {[...review.current.signers, ...review.current.addedSigners.map((p) => p.name)].join('、')}
              <span className="hint block">{t('steps.signed', { names: review.current.signatures.map((s) => s.name).join('、') || t('steps.nobody') })}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      {review && review.received.length > 0 ? (
        <>
          <h3>{t('steps.received')}</h3>
          <ul>
            {review.received.map((r) => (
              <li key={r.key} data-testid="received">
                {r.label}：{String(r.value)} <span className="hint">{t('steps.receivedFrom', { department: r.from.departmentName, matter: r.from.matterName, step: r.from.stepName })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open ? (
        <div className="actions">
          {!detail.holder ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run('claim', {})}>
              {t('steps.claim')}
            </button>
          ) : null}
          {mine && detail.delegatedBy ? (
            <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void run('hand-back', {})}>
              {t('steps.handBack')}
            </button>
          ) : null}
          <form
            className="filters"
            onSubmit={(event) => {
              event.preventDefault();
              if (colleague) void run(action, action === 'countersigners' ? { add: colleague } : { to: colleague });
            }}
          >
            <label htmlFor="handling-action">{t('steps.action')}</label>
            <select id="handling-action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`steps.action.${a}`)}
                </option>
              ))}
            </select>
            <label htmlFor="handling-colleague">{t('steps.colleague')}</label>
            <select id="handling-colleague" value={colleague} onChange={(e) => setColleague(e.target.value)}>
              <option value="">{t('steps.pickColleague')}</option>
              {(staff.data ?? [])
                .filter((s) => s.subject !== session?.subject || action === 'assign')
                .map((s) => (
                  <option key={s.subject} value={s.subject}>
                    {s.positions.length > 0 ? `${s.name}（${s.positions.join('、')}）` : s.name}
                  </option>
                ))}
            </select>
            <button type="submit" className="btn btn-secondary" disabled={busy || !colleague}>
              {t('steps.apply')}
            </button>
          </form>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
