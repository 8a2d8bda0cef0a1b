// /designer/catalogue/import: importing a region's matter catalogue (事项库导入) in three steps: choose the
// exported file(s) (XLSX, the two CSV files, or JSON), see the preview (the runtime's dry run: the
// matters and departments it would create or change, with what changes in each, and every problem
// located by sheet, row and column header), then confirm: the matters are saved as drafts, never
// published. Imported again, the preview says what changes per matter.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import type { CatalogueImportPreview } from '../api/types.ts';
import { describeError, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { importCatalogue, importProblemsOf, type ImportRegion } from './catalogueImportApi.ts';
import { RegionSelect } from './RegionSelect.tsx';
import { MatterChangeList } from './MatterChangeList.tsx';

type Problems = CatalogueImportPreview['problems'];

const counts = (preview: CatalogueImportPreview) => ({
  create: preview.matters.filter((m) => m.action === 'create').length,
  update: preview.matters.filter((m) => m.action === 'update').length,
  unchanged: preview.matters.filter((m) => m.action === 'unchanged').length,
  departments: preview.departments.length,
});

/** A sheet as a place names it: 「事项」表, or a file by its name. */
const sheetName = (sheet: string, lang: 'zh' | 'en') => (/\.[a-z0-9]+$/i.test(sheet) || lang === 'en' ? sheet : `「${sheet}」表`);

function ProblemList({ problems }: { problems: Problems }) {
  const { t, lang } = usePreferences();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [problems]);
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={box} data-testid="import-problems">
      <p>
        <strong>{t('cat.problemsTitle', { n: problems.length })}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p.message[lang]}</li>
        ))}
      </ul>
      <p>{t('cat.problemsHint')}</p>
    </div>
  );
}

function PreviewTable({ preview }: { preview: CatalogueImportPreview }) {
  const { t, lang } = usePreferences();
  return (
    <TableScroll label={t('cat.mattersCaption')}>
      <table className="import-preview" data-testid="import-matters">
        <caption>{t('cat.mattersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cat.matter')}</th>
            <th scope="col">{t('cat.department')}</th>
            <th scope="col">{t('cat.action')}</th>
            <th scope="col">{t('cat.changes')}</th>
            <th scope="col">{t('cat.toComplete')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.matters.map((m) => (
            <tr key={`${m.sheet}-${m.row}`} data-action={m.action}>
              <th scope="row">
                {m.name}
                <span className="hint block">{t('cat.rowOf', { sheet: sheetName(m.sheet, lang), row: m.row })}</span>
              </th>
              <td>
                {m.department.name}
                {m.department.created ? t('cat.newDepartment') : null}
              </td>
              <td>
                <span className={m.action === 'unchanged' ? 'badge' : m.action === 'create' ? 'badge badge-ok' : 'badge badge-info'}>{t(`cat.action.${m.action}`)}</span>
              </td>
              <td>{m.action === 'update' && m.changes.length > 0 ? <MatterChangeList changes={m.changes} /> : t('cat.noChanges')}</td>
              <td>
                {m.toComplete.length === 0 ? (
                  t('cat.noChanges')
                ) : (
                  <details>
                    <summary>{t('cat.toCompleteShow', { n: m.toComplete.length })}</summary>
                    <ul>
                      {m.toComplete.map((p, i) => (
                        <li key={i}>{p.message[lang]}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function CatalogueImportPage() {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [region, setRegion] = useState<{ divisionCode: string; name: { zh: string } } | undefined>();
  const importRegion: ImportRegion | undefined = region ? { code: region.divisionCode, name: region.name.zh } : undefined;
  const [preview, setPreview] = useState<CatalogueImportPreview | undefined>();
  const [problems, setProblems] = useState<Problems | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview && preview.problems.length === 0) previewHeading.current?.focus();
  }, [preview]);

  function reset() {
    setPreview(undefined);
    setProblems(undefined);
  }

  function failed(error: unknown) {
    const located = importProblemsOf(error);
    if (located) setProblems(located);
    else setOutcome({ ok: false, text: describeError(error, t) });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.currentTarget.files ?? [])];
    reset();
    setOutcome(undefined);
    setFiles(chosen);
    if (chosen.length === 0) return;
    setBusy(true);
    try {
      const read = await importCatalogue(chosen, true, importRegion, lang, session?.token);
      if (read.problems.length > 0) setProblems(read.problems);
      else setPreview(read);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  function chooseAgain() {
    reset();
    setFiles([]);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  async function confirm() {
    if (busy || files.length === 0) return;
    setBusy(true);
    try {
      const done = await importCatalogue(files, false, importRegion, lang, session?.token);
      setOutcome({ ok: true, text: t('cat.summaryDone', counts(done)) });
      reset();
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  const changes = preview ? counts(preview) : undefined;
  const worthImporting = changes !== undefined && (changes.create > 0 || changes.update > 0 || changes.departments > 0);
  return (
    <Page title={t('cat.importTitle')} wide>
      <p className="lead">{t('cat.importIntro')}</p>
      <p>
        <Link to="/designer">{t('dz.backHome')}</Link>
      </p>
      <section aria-labelledby="import-choose" className="panel">
        <h2 id="import-choose">{t('cat.chooseTitle')}</h2>
        <RegionSelect
          id="import-region"
          legend={t('cat.importRegion')}
          hint={t('cat.importRegionHint')}
          region={region}
          onChange={(next) => {
            setRegion(next);
            reset();
            setFiles([]);
            if (fileInput.current) fileInput.current.value = '';
          }}
        />
        <div className="field">
          <label htmlFor="catalogue-file">{t('cat.fileLabel')}</label>
          <p className="hint" id="catalogue-file-hint">
            {t('cat.fileHint')}
          </p>
          <input
            id="catalogue-file"
            ref={fileInput}
            type="file"
            multiple
            accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="catalogue-file-hint"
            onChange={(e) => void choose(e)}
          />
        </div>
        {busy && !preview ? (
          <p className="loading" role="status">
            {t('cat.checking')}
          </p>
        ) : null}
        {problems ? <ProblemList problems={problems} /> : null}
        <OutcomeMessage outcome={outcome} />
      </section>
      {preview && changes ? (
        <section aria-labelledby="import-preview" className="panel">
          <h2 id="import-preview" tabIndex={-1} ref={previewHeading}>
            {t('cat.previewTitle')}
          </h2>
          <p data-testid="import-summary">{worthImporting ? t('cat.summary', changes) : t('cat.nothingToImport')}</p>
          {preview.departments.length > 0 ? (
            <>
              <h3>{t('cat.departmentsTitle')}</h3>
              <ul data-testid="import-departments">
                {preview.departments.map((d) => (
                  <li key={d.id}>
                    {lang === 'en' && d.name.en ? d.name.en : d.name.zh}
                    {d.regionName ? <span className="hint">（{d.regionName}）</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <PreviewTable preview={preview} />
          {preview.notes.length > 0 ? (
            <details>
              <summary>{t('cat.notesTitle')}</summary>
              <ul>
                {preview.notes.map((n, i) => (
                  <li key={i}>{n.message[lang]}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="actions">
            {worthImporting ? (
              <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => void confirm()}>
                {busy ? t('cat.importing') : t('cat.confirm')}
              </button>
            ) : null}
            <button type="button" className="btn" onClick={chooseAgain}>
              {t('cat.chooseAgain')}
            </button>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
