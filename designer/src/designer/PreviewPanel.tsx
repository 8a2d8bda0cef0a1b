// What the draft gives, live as it is edited, computed in the browser by the engine (the code the runtime
// runs): answers to try the scenario questions with, the merged form, the one-time notice, the flow with
// a lane per department, and the before/after figures.
import type { CompiledBundle } from '@onego/engine';
import { useMemo, useState } from 'react';
import { forRjsf, friendlyUiSchema, localizeSchema, type Schema } from '../form/schemaTools.ts';
import { OneGoForm } from '../form/OneGoForm.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { NoticeView } from '../portal/NoticeView.tsx';
import { FlowDiagram } from './FlowDiagram.tsx';
import { MetricsChart } from './MetricsChart.tsx';

type Data = Record<string, unknown>;

function safely<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined; // a half-written draft: the preview waits for the next edit
  }
}

export function PreviewPanel({ compiled }: { compiled: CompiledBundle | undefined }) {
  const { t, lang } = usePreferences();
  const [answers, setAnswers] = useState<Data>({});
  const [formData, setFormData] = useState<unknown>({});
  const view = useMemo(() => {
    if (!compiled) return undefined;
    const questions = localizeSchema(compiled.bundle.questions as unknown as Schema, lang);
    // until every question is answered, the whole bundle (as the runtime previews without answers)
    const given = Object.keys((questions['properties'] as Data | undefined) ?? {}).every((id) => answers[id] !== undefined) ? answers : undefined;
    return {
      questions,
      questionsUi: friendlyUiSchema(questions, {}),
      form: safely(() => compiled.form(given, lang)),
      notice: safely(() => compiled.notice(given)),
      metrics: safely(() => compiled.metrics(given)),
      graph: safely(() => compiled.graph(lang)),
    };
  }, [compiled, answers, lang]);
  return (
    <section aria-labelledby="design-preview" className="design-preview">
      <h2 id="design-preview">{t('dz.preview')}</h2>
      {!view ? (
        <p className="hint">{t('dz.previewWaits')}</p>
      ) : (
        <>
          <details open className="preview-part">
            <summary>{t('dz.previewAnswers')}</summary>
            {Object.keys((view.questions['properties'] as Data | undefined) ?? {}).length === 0 ? (
              <p className="hint">{t('dz.noQuestions')}</p>
            ) : (
              <OneGoForm idPrefix="preview_answers" schema={forRjsf(view.questions)} uiSchema={view.questionsUi} formData={answers} errors={{}} onChange={(v) => setAnswers((v ?? {}) as Data)} onSubmit={() => undefined}>
                <span />
              </OneGoForm>
            )}
          </details>
          <details open className="preview-part">
            <summary>{t('dz.previewFlow')}</summary>
            {view.graph ? <FlowDiagram graph={view.graph} /> : null}
          </details>
          <details open className="preview-part">
            <summary>{t('dz.previewMetrics')}</summary>
            {view.metrics ? <MetricsChart metrics={view.metrics} /> : null}
          </details>
          <details className="preview-part">
            <summary>{t('dz.previewNotice')}</summary>
            {view.notice && view.metrics ? <NoticeView notice={view.notice} metrics={view.metrics} /> : null}
          </details>
          <details className="preview-part">
            <summary>{t('dz.previewForm')}</summary>
            {view.form ? (
              <OneGoForm
                idPrefix="preview_form"
                schema={forRjsf(view.form.schema)}
                uiSchema={friendlyUiSchema(view.form.schema, view.form.uiSchema)}
                formData={formData}
                errors={{}}
                onChange={setFormData}
                onSubmit={() => undefined}
              >
                <span />
              </OneGoForm>
            ) : null}
          </details>
        </>
      )}
    </section>
  );
}
