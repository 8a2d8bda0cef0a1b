// An application's materials on its page: how each was provided (files, with download; a commitment
// signed; waived and why; owed after 容缺受理; not provided), and — for the applicant — the materials owed
// after 容缺受理, supplied right there as the supplement page does (upload, or sign the commitment), then
// submitted as the supplement of the matters that owe them.
import { useState } from 'react';
import type { Application, ApplicationMaterial, MaterialUpload, SupplementView } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { waiverText } from '../portal/NoticeView.tsx';
import { useSession } from '../session/session.tsx';
import { MaterialUploader, sizeText } from './MaterialUpload.tsx';
import { download } from './serviceApi.ts';

function Provided({ material }: { material: ApplicationMaterial }) {
  const { t, lang } = usePreferences();
  const parts: string[] = [];
  if (material.waivedBy) parts.push(t('materials.byWaiver', { why: waiverText(material.waivedBy, t, lang) }));
  if (material.commitment) parts.push(t('materials.committed', { at: formatInstant(material.commitment.signedAt, lang) }));
  if (material.uploads.length > 0) parts.push(t('materials.byFiles', { files: material.uploads.map((u) => u.filename).join(lang === 'zh' ? '、' : ', ') }));
  return (
    <>
      {material.owed ? <span className="badge badge-warn">{t('materials.owed')}</span> : null}
      {parts.length > 0 ? parts.join(lang === 'zh' ? '；' : '; ') : material.owed ? null : t('materials.none')}
    </>
  );
}

export function ApplicationMaterialsTable({ view }: { view: Application }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [error, setError] = useState<unknown>(null);
  if (view.materials.length === 0) return <p>{t('materials.empty')}</p>;
  const fetchFile = (u: MaterialUpload) => {
    setError(null);
    download(u.contentUrl, u.filename, lang, session?.token).catch(setError);
  };
  return (
    <>
      <TableScroll label={t('application.materials')}>
        <table className="application-materials">
          <thead>
            <tr>
              <th scope="col">{t('materials.material')}</th>
              <th scope="col">{t('materials.how')}</th>
              <th scope="col">{t('materials.files')}</th>
            </tr>
          </thead>
          <tbody>
            {view.materials.map((m) => (
              <tr key={m.materialId} data-material={m.materialId}>
                <th scope="row">{m.name}</th>
                <td>
                  <Provided material={m} />
                </td>
                <td>
                  {m.uploads.length > 0 ? (
                    <ul className="material-files">
                      {m.uploads.map((u) => (
                        <li key={u.id}>
                          <button type="button" className="btn btn-secondary btn-small" onClick={() => fetchFile(u)}>
                            {t('task.download', { name: u.filename })}
                          </button>{' '}
                          <span className="hint">{sizeText(u.size)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}

/** The materials owed after 容缺受理, to supply here: each uploaded, or replaced by a signed commitment. */
export function OwedMaterials({ applicationId, onChanged, onDone }: { applicationId: string; onChanged: () => void; onDone: () => void }) {
  const { t } = usePreferences();
  const api = useApi();
  const url = `/api/applications/${encodeURIComponent(applicationId)}/supplement`;
  const supplement = useResource(async () => (await api.get<SupplementView>(url)).body, [api, url]);
  const [commitments, setCommitments] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const owed = supplement.data?.matters.filter((m) => m.reason === 'owed') ?? [];

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const materialIds = new Set(owed.flatMap((m) => m.materials.map((x) => x.materialId)));
      await api.post(url, { matters: owed.map((m) => m.matterId), commitments: commitments.filter((c) => materialIds.has(c)) });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (supplement.error) return <ErrorMessage error={supplement.error} onRetry={supplement.reload} />;
  if (!supplement.data) return <Loading />;
  if (owed.length === 0) return null;
  return (
    <section className="panel owed-materials" aria-labelledby="owed-title" data-testid="owed-materials">
      <h2 id="owed-title">{t('owed.title')}</h2>
      <p>{t('owed.intro')}</p>
      {owed.map((matter) => (
        <div key={matter.matterId}>
          <h3>{t('owed.matter', { name: matter.name, department: matter.departmentName })}</h3>
          {matter.comment ? <p>{t('supplement.comment', { comment: matter.comment })}</p> : null}
          {matter.materials.map((material) => (
            <div key={material.materialId} className="supplement-material">
              <MaterialUploader<MaterialUpload>
                url={`/api/applications/${encodeURIComponent(applicationId)}/materials/${encodeURIComponent(material.materialId)}`}
                name={material.name}
                limits={material.upload}
                onUploaded={onChanged}
              />
              {material.commitment ? (
                <div className="commitment">
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={commitments.includes(material.materialId)}
                      aria-describedby={`owed-commitment-${material.materialId}`}
                      onChange={(e) => setCommitments(e.target.checked ? [...commitments, material.materialId] : commitments.filter((x) => x !== material.materialId))}
                    />
                    {t('materials.commitment')}
                  </label>
                  <p className="commitment-text" id={`owed-commitment-${material.materialId}`}>
                    <strong>{t('materials.commitmentText')}</strong>
                    {material.commitment}
                  </p>
                </div>
              ) : null}
            </div>
          ))}
        </div>
      ))}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={busy} aria-disabled={busy} onClick={() => void submit()}>
          {busy ? t('supplement.submitting') : t('owed.submit')}
        </button>
      </div>
    </section>
  );
}
