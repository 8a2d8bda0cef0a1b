// The matter's own form and one-time notice, live as it is edited: the engine (the code the runtime
// runs) compiles the matter alone, in the browser.
import { useMemo, useState } from 'react';
import { OneGoForm } from '../form/OneGoForm.tsx';
import { forRjsf, friendlyUiSchema } from '../form/schemaTools.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { NoticeView } from '../portal/NoticeView.tsx';
import { useLocalElements } from './localElements.ts';
import { previewOf, type MatterDraftModel } from './matterModel.ts';

function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

export function MatterPreview({ matter }: { matter: MatterDraftModel }) {
  const { t, lang } = usePreferences();
  const [data, setData] = useState<unknown>({});
  const local = useLocalElements(); // the local data elements the form may bind, once read
  const view = useMemo(() => {
    const compiled = previewOf(matter, local);
    if (!compiled) return undefined;
    return { form: safely(() => compiled.form(undefined, lang)), notice: safely(() => compiled.notice(undefined)), metrics: safely(() => compiled.metrics(undefined)) };
  }, [matter, lang, local]);
  return (
    <section aria-labelledby="mx-preview" className="design-preview">
      <h2 id="mx-preview">{t('dz.preview')}</h2>
      {!view?.form ? (
        <p className="hint">{t('mx.previewWaits')}</p>
      ) : (
        <>
          <details open className="preview-part">
            <summary>{t('mx.previewForm')}</summary>
            <OneGoForm idPrefix="matter_preview" schema={forRjsf(view.form.schema)} uiSchema={friendlyUiSchema(view.form.schema, view.form.uiSchema)} formData={data} errors={{}} onChange={setData} onSubmit={() => undefined}>
              <span />
            </OneGoForm>
          </details>
          <details open className="preview-part">
            <summary>{t('dz.previewNotice')}</summary>
            {view.notice && view.metrics ? <NoticeView notice={view.notice} metrics={view.metrics} /> : <p className="hint">{t('mx.previewWaits')}</p>}
          </details>
        </>
      )}
    </section>
  );
}
