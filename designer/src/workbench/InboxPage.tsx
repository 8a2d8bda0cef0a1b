// The department's inbox: its tasks by due date (the runtime sorts), paged, filtered by status, with
// the working days left and warning/overdue badges, and a “暂定” mark on a deadline counted Monday–Friday.
import { Link, useSearchParams } from 'react-router';
import type { BundleSummary, Department, Task } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading, Pager, StatusBadge } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatInstant, shortId } from '../format.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { RemindedBadge } from './RemindedBadge.tsx';
import { StepDue } from './StepDue.tsx';
import { ProvisionalBadge, ProvisionalFootnote } from '../components/ProvisionalDeadline.tsx';
import { CalendarWarningBanner } from '../components/CalendarWarningBanner.tsx';

const PAGE_SIZE = 20;
const STATUSES = ['pending', 'returned', 'waiting', 'unpaid', 'approved', 'rejected', 'cancelled'] as const;
/** 本部门 / 我的 / 待签收: whose tasks the inbox lists. */
const HOLDINGS = ['department', 'mine', 'unclaimed'] as const;

export function InboxPage() {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'pending';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const holding = params.get('filter') ?? 'department';
  const tasks = useResource(async () => {
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE), filter: holding, ...(status ? { status } : {}) });
    const response = await api.get<Task[]>(`/api/tasks?${query.toString()}`);
    return { items: response.body, total: Number(response.headers.get('x-total-count') ?? response.body.length) };
  }, [api, page, status, holding]);
  // Matter names: the published bundles name every matter.
  const bundles = useResource(async () => (await api.get<BundleSummary[]>('/api/bundles')).body, [api]);
  const matterName = (id: string) => bundles.data?.flatMap((b) => b.matters).find((m) => m.id === id)?.name ?? id;
  // The department by name in the reader's language (the session keeps the name it was signed in with).
  const departments = useResource(async () => (await api.get<Department[]>('/api/departments')).body, [api]);
  const own = departments.data?.find((d) => d.id === session?.department);
  const department = (own ? (lang === 'en' ? own.name.en : undefined) ?? own.name.zh : undefined) ?? session?.departmentName ?? session?.department ?? '';
  const now = new Date();

  return (
    <Page title={t('workbench.title')} wide>
      <CalendarWarningBanner />
      <p className="lead">{t('workbench.department', { name: department })}</p>
      <p>
        <Link to="/workbench/rectifications">{t('rectification.link')}</Link>
      </p>
      <nav aria-label={t('workbench.holdings')} className="tabs">
        {HOLDINGS.map((h) => (
          <Link key={h} to={`/workbench?${new URLSearchParams({ status, filter: h }).toString()}`} aria-current={h === holding ? 'page' : undefined} className={h === holding ? 'tab active' : 'tab'}>
            {t(`workbench.holding.${h}`)}
          </Link>
        ))}
      </nav>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = new FormData(event.currentTarget).get('status');
          setParams({ status: typeof chosen === 'string' ? chosen : '', filter: holding, page: '1' });
        }}
      >
        <label htmlFor="status-filter">{t('workbench.filter')}</label>
        <select id="status-filter" name="status" defaultValue={status} key={status}>
          <option value="">{t('workbench.filterAll')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.task.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn-secondary">
          {t('workbench.applyFilter')}
        </button>
      </form>
      <h2>{t('workbench.inbox')}</h2>
      {tasks.error ? <ErrorMessage error={tasks.error} onRetry={tasks.reload} /> : null}
      {!tasks.data && tasks.loading ? <Loading /> : null}
      {tasks.data && tasks.data.items.length === 0 ? <p>{t('workbench.none')}</p> : null}
      {tasks.data && tasks.data.items.length > 0 ? (
        <>
          <TableScroll label={t('workbench.inbox')}>
            <table className="inbox">
              <caption>{t('workbench.caption', { department })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workbench.matter')}</th>
                  <th scope="col">{t('workbench.application')}</th>
                  <th scope="col">{t('workbench.step')}</th>
                  <th scope="col">{t('workbench.holder')}</th>
                  <th scope="col">{t('workbench.acceptedAt')}</th>
                  <th scope="col">{t('workbench.dueAt')}</th>
                  <th scope="col">{t('workbench.remaining')}</th>
                  <th scope="col">{t('workbench.status')}</th>
                </tr>
              </thead>
              <tbody>
                {tasks.data.items.map((task) => (
                  <tr key={task.id} data-task-id={task.id} data-matter-id={task.matterId}>
                    <th scope="row">
                      <Link to={`/workbench/tasks/${encodeURIComponent(task.id)}`}>{matterName(task.matterId)}</Link>
                    </th>
                    <td>{shortId(task.applicationId)}</td>
                    <td>
                      {task.step?.name ?? '—'}
                      <StepDue step={task.step} now={now} />
                    </td>
                    <td>{task.holder ? task.holder.name : t('steps.unclaimed')}</td>
                    <td>{formatInstant(task.acceptedAt, lang)}</td>
                    <td>
                      {formatInstant(task.dueAt, lang)}
                      {task.dueAtProvisional ? <> <ProvisionalBadge /></> : null}
                    </td>
                    <td>
                      <DeadlineBadge status={task.status} acceptedAt={task.acceptedAt} dueAt={task.dueAt} now={now} />
                      {task.remindedAt ? <RemindedBadge at={task.remindedAt} /> : null}
                    </td>
                    <td>
                      <StatusBadge kind="task" status={task.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {tasks.data.items.some((task) => task.dueAtProvisional) ? <ProvisionalFootnote /> : null}
          <Pager page={page} pageSize={PAGE_SIZE} total={tasks.data.total} onPage={(p) => setParams({ status, filter: holding, page: String(p) })} />
        </>
      ) : null}
    </Page>
  );
}
