// One application as its applicant follows it: the status, each matter's status and due date, the
// materials (with the applicant's files to download, and the materials owed after 容缺受理 to supply
// here), the results issued together, and the timeline with a column (lane) per department, so that
// matters running at the same time stand side by side. Updates itself while in progress.
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Application, TimelineEvent } from '../api/types.ts';
import { ApplicationParties } from './ApplicationParties.tsx';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading, StatusBadge } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { formatDate, formatInstant, shortId } from '../format.ts';
import { ProvisionalBadge, ProvisionalFootnote } from '../components/ProvisionalDeadline.tsx';
import { isMessageKey } from '../i18n/messages.ts';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { RatingPanel } from '../services/RatingPanel.tsx';
import { ApplicationMaterialsTable, OwedMaterials } from '../services/ApplicationMaterials.tsx';
import { RemindButton } from './RemindButton.tsx';
import { WithdrawApplication } from './WithdrawApplication.tsx';
import { IssuedResults } from './IssuedResults.tsx';
import { ApplicationDocuments } from './ApplicationDocuments.tsx';
import { MatterPayments } from './MatterPayments.tsx';

const FINAL = new Set(['completed', 'rejected', 'withdrawn']);
/** Ended by a decision: the applicant may rate the service (好差评) and download the 办结通知书. */
const DECIDED = new Set(['completed', 'rejected']);
const REFRESH_MS = 5000;
const APPLICANT_LANE = '';
/** A decision and the matter status it caused are one step for the reader. */
const CAUSED_BY: Record<string, string> = { MATTER_APPROVED: 'APPROVE', MATTER_REJECTED: 'REJECT', MATTER_RETURNED: 'RETURN', MATTER_PENDING: 'SUPPLEMENT' };

/** The old and new due dates of a DEADLINE_REBASED event's details. */
function rebasedDates(details: unknown): { from: string; to: string } | null {
  if (typeof details !== 'object' || details === null) return null;
  const { from, to } = details as Record<string, unknown>;
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
}

/** The reason of a WITHDRAW event's details, if the applicant gave one. */
function withdrawalReason(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const { reason } = details as Record<string, unknown>;
  return typeof reason === 'string' && reason !== '' ? reason : null;
}

interface Lane {
  id: string;
  name: string;
}

function timelineRows(view: Application): { at: string; cells: Map<string, TimelineEvent[]> }[] {
  const departmentOf = new Map(view.matters.map((m) => [m.matterId, m.department]));
  const shown = view.timeline.filter((e) => {
    const cause = CAUSED_BY[e.what];
    return !cause || !view.timeline.some((other) => other.what === cause && other.matterId === e.matterId && other.at === e.at);
  });
  const rows: { at: string; cells: Map<string, TimelineEvent[]> }[] = [];
  for (const entry of shown) {
    let row = rows.find((r) => r.at === entry.at);
    if (!row) rows.push((row = { at: entry.at, cells: new Map() }));
    const lane = entry.matterId ? (departmentOf.get(entry.matterId) ?? APPLICANT_LANE) : APPLICANT_LANE;
    row.cells.set(lane, [...(row.cells.get(lane) ?? []), entry]);
  }
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function Timeline({ view }: { view: Application }) {
  const { t, lang } = usePreferences();
  const lanes: Lane[] = [{ id: APPLICANT_LANE, name: t('application.applicantLane') }];
  for (const m of view.matters) if (!lanes.some((l) => l.id === m.department)) lanes.push({ id: m.department, name: m.departmentName || m.department });
  const matterName = (id: string | undefined) => view.matters.find((m) => m.matterId === id)?.name ?? id ?? '';
  const label = (e: TimelineEvent) => {
    // A review step's or a task's handling: the server words it (department, step; for officers, who).
    if (e.text) return e.text;
    const key = `event.${e.what}`;
    const what = isMessageKey(key) ? t(key) : e.what;
    const byRule = e.who.startsWith('rule') ? t('event.byRule') : '';
    const rebased = e.what === 'DEADLINE_REBASED' ? rebasedDates(e.details) : null;
    const dates = rebased ? t('event.rebasedDates', { from: formatDate(rebased.from, lang), to: formatDate(rebased.to, lang) }) : '';
    const reason = e.what === 'WITHDRAW' ? withdrawalReason(e.details) : null;
    const why = reason ? t('event.withdrawalReason', { reason }) : '';
    return e.matterId ? `${matterName(e.matterId)}${lang === 'zh' ? '：' : ': '}${what}${byRule}${dates}` : `${what}${dates}${why}`;
  };
  return (
    <TableScroll label={t('application.timeline')}>
      <table className="timeline">
        <caption>{t('application.timelineCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('application.time')}</th>
            {lanes.map((lane) => (
              <th scope="col" key={lane.id}>
                {lane.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timelineRows(view).map((row) => (
            <tr key={row.at}>
              <th scope="row">
                <time dateTime={row.at}>{formatInstant(row.at, lang, true)}</time>
              </th>
              {lanes.map((lane) => (
                <td key={lane.id}>
                  {row.cells.get(lane.id)?.length ? (
                    <ul className="lane-events">
                      {row.cells.get(lane.id)?.map((e, i) => (
                        <li key={i} className={`event event-${e.what.toLowerCase()}`}>
                          {label(e)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const api = useApi();
  const location = useLocation();
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const application = useResource(async () => (await api.get<Application>(`/api/applications/${encodeURIComponent(id)}`)).body, [api, id]);
  const view = application.data;
  const running = view !== undefined && !FINAL.has(view.status);
  const { reload } = application;
  const [owedDone, setOwedDone] = useState(false);
  const citizen = session?.role === 'citizen';
  const owes = view?.matters.some((m) => m.status === 'pending' && m.supplement.owed.length > 0) ?? false;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, reload]);

  return (
    <Page title={view ? t('application.titleNamed', { name: view.bundleName }) : t('application.title')} wide>
      {/* The navigation state outlives a reload: once the application has ended, "submitted" is stale. */}
      {justSubmitted && running ? (
        <div className="alert alert-success" role="status">
          {t('application.submitted')}
        </div>
      ) : null}
      {application.error ? <ErrorMessage error={application.error} onRetry={reload} /> : null}
      {!view && application.loading ? <Loading /> : null}
      {view ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('application.status')}</dt>
              <dd>
                <span role="status" data-testid="application-status">
                  <StatusBadge kind="application" status={view.status} />
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('application.number')}</dt>
              <dd>
                <span title={view.id}>{shortId(view.id)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('application.submittedAt')}</dt>
              <dd>{formatInstant(view.submittedAt, lang)}</dd>
            </div>
          </dl>
          {session?.role === 'citizen' && view.matters.some((m) => m.status === 'returned') ? (
            <div className="alert alert-warn" data-testid="supplement-waiting">
              <p>{t('supplement.waiting')}</p>
              <p>
                <Link to={`/applications/${encodeURIComponent(view.id)}/supplement`}>{t('supplement.link')}</Link>
              </p>
            </div>
          ) : null}
          {session?.role === 'citizen' ? <WithdrawApplication view={view} onWithdrawn={reload} /> : null}
          {running ? <p className="hint">{t('application.autoRefresh')}</p> : null}
          <button type="button" className="btn btn-secondary btn-small" onClick={reload}>
            {t('common.refresh')}
          </button>

          {session?.role === 'citizen' || session?.role === 'officer' ? <ApplicationDocuments applicationId={view.id} ended={DECIDED.has(view.status)} /> : null}

          <MatterPayments view={view} />

          <h2>{t('application.matters')}</h2>
          <TableScroll label={t('application.matters')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('notice.matter')}</th>
                  <th scope="col">{t('notice.department')}</th>
                  <th scope="col">{t('application.status')}</th>
                  <th scope="col">{t('application.dueAt')}</th>
                  <th scope="col">{t('application.decidedAt')}</th>
                  {citizen ? <th scope="col">{t('remind.column')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {view.matters.map((m) => (
                  <tr key={m.matterId}>
                    <th scope="row">{m.name}</th>
                    <td>{m.departmentName}</td>
                    <td>
                      <StatusBadge kind="task" status={m.status} />
                    </td>
                    <td>
                      {formatInstant(m.dueAt, lang)}
                      {m.dueAtProvisional ? <> <ProvisionalBadge /></> : null}
                    </td>
                    <td>{formatInstant(m.decidedAt, lang)}</td>
                    {citizen ? (
                      <td>
                        <RemindButton applicationId={view.id} matter={m} onSent={reload} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {view.matters.some((m) => m.dueAtProvisional) ? <ProvisionalFootnote /> : null}

          {owedDone ? (
            <p className="alert alert-success" role="status">
              {t('owed.done')}
            </p>
          ) : null}
          {session?.role === 'citizen' && owes ? (
            <OwedMaterials
              applicationId={view.id}
              onChanged={reload}
              onDone={() => {
                setOwedDone(true);
                reload();
              }}
            />
          ) : null}
          <ApplicationParties view={view} />
          <h2>{t('application.materials')}</h2>
          <ApplicationMaterialsTable view={view} />

          <h2>{t('application.results')}</h2>
          <IssuedResults view={view} />

          {session?.role === 'citizen' && DECIDED.has(view.status) ? <RatingPanel view={view} /> : null}
          <h2>{t('application.timeline')}</h2>
          <Timeline view={view} />
          {session?.role === 'citizen' ? (
            <p>
              <Link to="/applications">{t('application.backToList')}</Link>
            </p>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
