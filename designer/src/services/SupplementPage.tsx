// 补正 / 容缺补齐: what the application waits for from its applicant — the officer's comment, the fields to
// correct (the form is locked but for them), the materials to provide (upload, or sign the commitment
// 告知承诺 where the matter allows it) — and one submission of it.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SupplementView } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { OneGoForm } from '../form/OneGoForm.tsx';
import { forRjsf, friendlyUiSchema, labelAt, propertiesOf, schemaAt } from '../form/schemaTools.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { MaterialUploader } from './MaterialUpload.tsx';
import { segmentsOf } from './TaskServiceDetails.tsx';

type Data = Record<string, unknown>;
type Ui = Record<string, unknown>;
const isObject = (v: unknown): v is Ui => typeof v === 'object' && v !== null && !Array.isArray(v);

/** No adding or removing list items in a supplement: only the flagged fields change. */
function lockArrays(schema: Ui, ui: Ui): Ui {
  const result: Ui = { ...ui };
  if (schema['type'] === 'array') {
    result['ui:options'] = { ...(isObject(ui['ui:options']) ? ui['ui:options'] : {}), addable: false, removable: false };
    if (isObject(schema['items'])) result['items'] = lockArrays(schema['items'], isObject(ui['items']) ? ui['items'] : {});
  } else if (isObject(schema['properties'])) {
    for (const [key, child] of Object.entries(schema['properties'])) if (isObject(child)) result[key] = lockArrays(child, isObject(ui[key]) ? ui[key] : {});
  }
  return result;
}

export function SupplementPage() {
  const { id = '' } = useParams();
  const { t } = usePreferences();
  const api = useApi();
  const url = `/api/applications/${encodeURIComponent(id)}/supplement`;
  const view = useResource(async () => (await api.get<SupplementView>(url)).body, [api, url]);
  const [data, setData] = useState<Data | null>(null);
  const [commitments, setCommitments] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const title = t('supplement.title');
  if (view.error) return <Page title={title}><ErrorMessage error={view.error} onRetry={view.reload} /></Page>;
  if (!view.data) return <Page title={title}><Loading /></Page>;
  const v = view.data;
  const current = data ?? v.data;
  const sections = [...new Set(v.editable.map((p) => segmentsOf(p)[0] ?? ''))].filter((key) => key in propertiesOf(v.form.schema));
  const fieldLabel = (pointer: string) => labelAt(v.form.schema, segmentsOf(pointer), (n) => t('common.item', { n }));

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(url, { data: current, commitments });
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (done || v.matters.length === 0) {
    return (
      <Page title={title}>
        <p className={done ? 'alert alert-success' : undefined} role="status">{done ? t('supplement.done') : t('supplement.nothing')}</p>
        <p><Link to={`/applications/${encodeURIComponent(id)}`}>{t('notifications.open')}</Link></p>
      </Page>
    );
  }

  return (
    <Page title={title} wide>
      <p>{t('supplement.intro')}</p>
      {v.matters.map((m) => (
        <section className="panel" key={m.matterId} aria-labelledby={`matter-${m.matterId}`}>
          <h2 id={`matter-${m.matterId}`}>
            {m.name} <span className="badge badge-warn">{m.reason === 'returned' ? t('supplement.reasonReturned') : t('supplement.reasonOwed')}</span>
          </h2>
          {m.comment ? <p>{t('supplement.comment', { comment: m.comment })}</p> : null}
          {m.fields.length > 0 ? (
            <>
              <h3>{t('supplement.fields')}</h3>
              <ul>{m.fields.map((f) => <li key={f}>{fieldLabel(f)}</li>)}</ul>
            </>
          ) : null}
          {m.materials.length > 0 ? (
            <>
              <h3>{t('supplement.materials')}</h3>
              {m.materials.map((material) => (
                <div key={material.materialId} className="supplement-material">
                  <MaterialUploader
                    url={`/api/applications/${encodeURIComponent(id)}/materials/${encodeURIComponent(material.materialId)}`}
                    name={material.name}
                    limits={material.upload}
                    onUploaded={() => undefined}
                  />
                  {material.commitment ? (
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={commitments.includes(material.materialId)}
                        onChange={(e) => setCommitments(e.target.checked ? [...commitments, material.materialId] : commitments.filter((x) => x !== material.materialId))}
                      />
                      {t('supplement.sign')}
                      <span className="hint block">{t('supplement.commitmentText', { text: material.commitment })}</span>
                    </label>
                  ) : null}
                </div>
              ))}
            </>
          ) : null}
        </section>
      ))}
      {sections.map((key) => {
        const { schema, uiSchema } = schemaAt(v.form.schema, v.form.uiSchema, [key]);
        const sectionSchema = schema ?? {};
        return (
          <section className="panel" key={key} aria-labelledby={`section-${key}`}>
            <h2 id={`section-${key}`}>{typeof sectionSchema['title'] === 'string' ? sectionSchema['title'] : key}</h2>
            <OneGoForm schema={forRjsf({ ...sectionSchema, title: '' })} uiSchema={lockArrays(sectionSchema, friendlyUiSchema(sectionSchema, uiSchema))} formData={current[key]} errors={{}} onChange={(value) => setData({ ...current, [key]: value })} onSubmit={() => void submit()}>
              <></>
            </OneGoForm>
          </section>
        );
      })}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="button" className="btn btn-primary btn-large" disabled={busy} onClick={() => void submit()}>
          {busy ? t('supplement.submitting') : t('supplement.submit')}
        </button>
      </div>
    </Page>
  );
}
