// 一次告知 and the before/after figures, as the runtime's preview gives them for the reader's answers:
// the matters with their departments and time limits, the materials to submit (deduplicated), those
// waived and why, the bundle's time limit, visits and how the results are issued.
import { formatDays, inLang, type BundleMetrics, type NoticeMaterial, type OneTimeNotice, type Waiver } from '@onego/engine';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences, type Translate } from '../i18n/preferences.tsx';

export function waiverText(waiver: Waiver, t: Translate, lang: 'zh' | 'en'): string {
  switch (waiver.kind) {
    case 'merged-form':
      return t('waiver.merged-form');
    case 'e-licence':
      return t('waiver.e-licence', { name: inLang(waiver.name, lang) });
    case 'produced-in-bundle':
      return t('waiver.produced-in-bundle', { name: inLang(waiver.name, lang) });
    case 'shared-data':
      return t('waiver.shared-data');
  }
}

const METRICS: (keyof BundleMetrics)[] = ['materials', 'steps', 'workingDays', 'visits', 'fields'];

export function NoticeView({ notice, metrics }: { notice: OneTimeNotice; metrics: BundleMetrics }) {
  const { t, lang } = usePreferences();
  const matterName = (id: string) => inLang(notice.matters.find((m) => m.matterId === id)?.name, lang) || id;
  const list = (items: string[]) => items.join(lang === 'zh' ? '、' : ', ');
  const materialForm = (m: NoticeMaterial) => t('notice.copies', { original: t(`original.${m.original}`), n: m.copies, medium: t(`medium.${m.medium}`) });
  return (
    <div className="notice">
      <dl className="facts facts-large">
        <div>
          <dt>{t('notice.totalTimeLimit')}</dt>
          <dd>{t('notice.committed', { days: formatDays(notice.timeLimit, lang) })}</dd>
        </div>
        <div>
          <dt>{t('notice.visits')}</dt>
          <dd>
            {t('notice.visitsCount', { n: notice.visits.count })}
            {notice.visits.reason ? <span className="hint"> {inLang(notice.visits.reason, lang)}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('notice.issuance')}</dt>
          <dd>
            {list(notice.issuance.delivery.map((d) => t(`delivery.${d}`)))}
            {notice.issuance.note ? <span className="hint"> {inLang(notice.issuance.note, lang)}</span> : null}
          </dd>
        </div>
      </dl>

      <h3>{t('notice.matters')}</h3>
      <TableScroll label={t('notice.matters')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('notice.matter')}</th>
              <th scope="col">{t('notice.department')}</th>
              <th scope="col">{t('notice.timeLimit')}</th>
              <th scope="col">{t('notice.afterMatters')}</th>
            </tr>
          </thead>
          <tbody>
            {notice.matters.map((m) => (
              <tr key={m.matterId}>
                <th scope="row">{inLang(m.name, lang)}</th>
                <td>{inLang(m.department, lang)}</td>
                <td>{formatDays(m.timeLimit, lang)}</td>
                <td>{m.after.length > 0 ? list(m.after.map(matterName)) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3>{t('notice.materials')}</h3>
      {notice.materials.length === 0 ? (
        <p>{t('notice.noMaterials')}</p>
      ) : (
        <TableScroll label={t('notice.materials')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('notice.material')}</th>
                <th scope="col">{t('notice.issuer')}</th>
                <th scope="col">{t('notice.form')}</th>
                <th scope="col">{t('notice.usedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {notice.materials.map((m) => (
                <tr key={m.materialId}>
                  <th scope="row">
                    {inLang(m.name, lang)}
                    {!m.required && m.requiredWhen ? <span className="hint block">{t('notice.conditional', { when: inLang(m.requiredWhen, lang) })}</span> : null}
                  </th>
                  <td>{inLang(m.issuer, lang)}</td>
                  <td>{materialForm(m)}</td>
                  <td>{list(m.requiredBy.map(matterName))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>{t('notice.waived')}</h3>
      {notice.waived.length === 0 ? (
        <p>{t('notice.noWaived')}</p>
      ) : (
        <TableScroll label={t('notice.waived')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('notice.material')}</th>
                <th scope="col">{t('notice.why')}</th>
                <th scope="col">{t('notice.usedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {notice.waived.map((m) => (
                <tr key={m.materialId}>
                  <th scope="row">{inLang(m.name, lang)}</th>
                  <td>{m.waivedBy ? waiverText(m.waivedBy, t, lang) : '—'}</td>
                  <td>{list(m.requiredBy.map(matterName))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>{t('notice.metrics')}</h3>
      <TableScroll label={t('notice.metrics')}>
        <table className="metrics">
          <caption>{t('notice.metricsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notice.metric')}</th>
              <th scope="col">{t('notice.before')}</th>
              <th scope="col">{t('notice.after')}</th>
            </tr>
          </thead>
          <tbody>
            {METRICS.map((key) => {
              const { before, after } = metrics[key];
              const width = before > 0 ? Math.round((after / before) * 100) : 100;
              return (
                <tr key={key}>
                  <th scope="row">{t(`notice.metric.${key}`)}</th>
                  <td>{before}</td>
                  <td>
                    <span className="metric-after">{after}</span>
                    <span className="metric-bar" aria-hidden="true">
                      <span style={{ width: `${width}%` }} />
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
