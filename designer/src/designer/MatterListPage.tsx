// /designer/matters: the matter catalogue (事项库) — search by name, 事项编码 or department, filter by
// region and department (chosen by name), each matter's department, published version and pending
// draft; a new matter starts here ("新建事项"), an existing one opens in the editor (which comes back here,
// saying so, when it discarded the draft of a matter never published).
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, noticeOf, OutcomeMessage } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { listDepartments, searchMatters } from './matterApi.ts';
import { MatterRowCells, useDepartmentIndex, useNameOf } from './MatterRowCells.tsx';
import { MatterSearchFields, NO_SEARCH } from './MatterSearchFields.tsx';
import './designer.css';

export function MatterListPage() {
  const { t, lang } = usePreferences();
  const api = useApi();
  const notice = noticeOf(useLocation().state);
  const [search, setSearch] = useState(NO_SEARCH);
  const { query, region, department } = search;
  const departments = useResource(() => listDepartments(api), [api]);
  const index = useDepartmentIndex(departments.data);
  const nameOf = useNameOf();
  const found = useResource(() => searchMatters(api, { q: query, region, department }), [api, query, region, department]);
  return (
    <Page title={t('mx.listTitle')} wide>
      <p className="lead">{t('mx.listIntro')}</p>
      <p className="actions">
        <Link className="btn btn-primary" to="/designer/matters/new">
          {t('mx.newMatter')}
        </Link>
        <Link to="/designer">{t('dz.backHome')}</Link>
      </p>
      <OutcomeMessage outcome={notice ? { ok: true, text: notice } : undefined} />
      <MatterSearchFields search={search} onChange={setSearch} departments={departments.data ?? []} label="mx.searchLabel" />
      {departments.error ? <ErrorMessage error={departments.error} onRetry={departments.reload} /> : null}
      {found.error ? <ErrorMessage error={found.error} onRetry={found.reload} /> : null}
      <p role="status" className="hint">
        {found.loading && !found.data ? t('common.loading') : t('dz.catalogueCount', { n: found.data?.length ?? 0 })}
      </p>
      <TableScroll label={t('mx.listTitle')}>
        <table className="catalogue">
          <thead>
            <tr>
              <th scope="col">{t('dz.matter')}</th>
              <th scope="col">{t('mx.departmentAndRegion')}</th>
              <th scope="col">{t('mx.publishedColumn')}</th>
              <th scope="col">{t('mx.draftColumn')}</th>
              <th scope="col">{t('dz.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(found.data ?? []).map((m) => {
              const name = nameOf(m.name);
              return (
                <tr key={m.id}>
                  <MatterRowCells matter={m} index={index} />
                  <td>{m.latestVersion ? t('dz.publishedN', { n: m.latestVersion }) : t('dz.notPublished')}</td>
                  <td>{m.draft ? <span className="badge badge-warn">{t('mx.draftBadge', { by: m.draft.updatedBy, at: formatInstant(m.draft.updatedAt, lang) })}</span> : null}</td>
                  <td>
                    <Link className="btn btn-small btn-secondary" to={`/designer/matters/${encodeURIComponent(m.id)}`} aria-label={t('mx.editNamed', { name })}>
                      {t('mx.edit')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Page>
  );
}
