// The deadline of a task's current review step (环节时限), when the step has one of its own: its due date,
// with the warning (80 % of the step's limit run) and overdue marks the task's own deadline has.
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

export function StepDue({ step, now }: { step: { dueAt?: string; warningAt?: string } | null; now: Date }) {
  const { t, lang } = usePreferences();
  if (!step?.dueAt) return null;
  const state = now.getTime() > Date.parse(step.dueAt) ? 'overdue' : step.warningAt && now.getTime() > Date.parse(step.warningAt) ? 'warning' : 'on-time';
  return (
    <span className="hint block" data-step-due={state}>
      {t('steps.due', { date: formatInstant(step.dueAt, lang) })}
      {state === 'warning' ? <> <span className="badge badge-warn">{t('deadline.warning')}</span></> : null}
      {state === 'overdue' ? <> <span className="badge badge-bad">{t('deadline.overdue')}</span></> : null}
    </span>
  );
}
