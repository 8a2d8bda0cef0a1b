// Loading a year's holiday schedule, in three steps: read it (the State Council's notice pasted and read
// here by the engine's parseHolidayNotice, or a calendar file chosen), preview what it would move (PUT
// ?dryRun=true: the open deadlines re-based, from → to), then confirm (PUT) and say what it did. The
// year and region come from the document itself. Problems are listed in plain words: the notice's by
// line, the server's as it words them.
import { inLang, NATIONAL_REGION, parseHolidayNotice, type HolidayNoticeProblem } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { CalendarLoad, DefinitionIssue } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { describeError, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { calendarOfFile, calendarTarget } from './calendarDocument.ts';
import { RebasePreview } from './RebasePreview.tsx';

type Mode = 'paste' | 'file';

/** What stopped the reading or the load, listed under the form. */
type Problems = { kind: 'notice'; problems: HolidayNoticeProblem[] } | { kind: 'server'; issues: DefinitionIssue[] } | { kind: 'text'; text: string };

const calendarUrl = (calendar: Calendar, dryRun: boolean) => {
  const { region, year } = calendarTarget(calendar);
  return `/api/calendars/${encodeURIComponent(region)}/${year}${dryRun ? '?dryRun=true' : ''}`;
};

/** The notice's problems by line, in the order of the lines: each line's text is shown once. */
function byLine(problems: readonly HolidayNoticeProblem[]): [number, HolidayNoticeProblem[]][] {
  const lines = new Map<number, HolidayNoticeProblem[]>();
  for (const p of problems) lines.set(p.line, [...(lines.get(p.line) ?? []), p]);
  return [...lines].sort(([a], [b]) => a - b);
}

function issuesOf(error: unknown): DefinitionIssue[] | null {
  if (!(error instanceof ApiError) || error.code !== 'DEFINITION_INVALID' || !Array.isArray(error.body['issues'])) return null;
  return (error.body['issues'] as unknown[]).filter((i): i is DefinitionIssue => typeof i === 'object' && i !== null && typeof (i as DefinitionIssue).message === 'string');
}

export function CalendarImport({ onImported }: { onImported: () => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [mode, setMode] = useState<Mode>('paste');
  const [text, setText] = useState('');
  const [calendar, setCalendar] = useState<Calendar | undefined>();
  const [preview, setPreview] = useState<CalendarLoad | undefined>();
  const [problems, setProblems] = useState<Problems | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const problemsBox = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const noticeText = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (problems) problemsBox.current?.focus();
  }, [problems]);

  function refused(error: unknown) {
    const issues = issuesOf(error);
    setProblems(issues ? { kind: 'server', issues } : { kind: 'text', text: describeError(error, t) });
  }

  /** The document read: the preview of what loading it moves. */
  async function previewOf(read: Calendar) {
    setCalendar(read);
    setBusy(true);
    try {
      setPreview((await api.put<CalendarLoad>(calendarUrl(read, true), read)).body);
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setCalendar(undefined);
    setPreview(undefined);
    setProblems(undefined);
  }

  /** Back to choosing: the file input emptied, so that the same file chosen again is read again. */
  function startOver() {
    reset();
    if (fileInput.current) fileInput.current.value = '';
  }

  /** 重新选择: back to choosing, the focus on the field (the button that had it is gone). */
  function chooseAgain() {
    startOver();
    (mode === 'paste' ? noticeText.current : fileInput.current)?.focus();
  }

  async function readNotice() {
    if (busy) return;
    reset();
    setOutcome(undefined);
    if (!text.trim()) {
      setProblems({ kind: 'text', text: t('calendars.pasteEmpty') });
      return;
    }
    const result = parseHolidayNotice(text);
    if ('problems' in result) setProblems({ kind: 'notice', problems: result.problems });
    else await previewOf(result.calendar);
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    reset();
    setOutcome(undefined);
    if (!file) return;
    const read = calendarOfFile(await file.text());
    if (!read) setProblems({ kind: 'text', text: t('calendars.fileUnreadable', { name: file.name }) });
    else await previewOf(read);
  }

  async function confirm() {
    if (busy || !calendar) return;
    setBusy(true);
    try {
      const loaded = (await api.put<CalendarLoad>(calendarUrl(calendar, false), calendar)).body;
      const key = !loaded.changed ? 'calendars.importedSame' : loaded.count > 0 ? 'calendars.imported' : 'calendars.importedNone';
      setOutcome({ ok: true, text: t(key, { year: loaded.year, n: loaded.count }) });
      startOver();
      setText('');
      onImported();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  }

  const readSummary = calendar
    ? t(calendarTarget(calendar).region === NATIONAL_REGION ? 'calendars.read.national' : 'calendars.read.regional', {
        year: calendar.year,
        region: calendar.region ? inLang(calendar.region.name, lang) : '',
        holidays: calendar.holidays.length,
        workdays: calendar.workdays.length,
      })
    : '';

  return (
    <section aria-labelledby="calendar-add" className="panel calendar-import">
      <h2 id="calendar-add">{t('calendars.addTitle')}</h2>
      <fieldset>
        <legend>{t('calendars.how')}</legend>
        {(['paste', 'file'] as const).map((m) => (
          <label className="choice" key={m}>
            <input
              type="radio"
              name="calendar-mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                reset();
              }}
            />
            {m === 'paste' ? t('calendars.modePaste') : t('calendars.modeFile')}
          </label>
        ))}
      </fieldset>
      {mode === 'paste' ? (
        <div className="field">
          <label htmlFor="notice-text">{t('calendars.pasteLabel')}</label>
          <p className="hint" id="notice-text-hint">
            {t('calendars.pasteHint')}
          </p>
          <textarea id="notice-text" ref={noticeText} rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="notice-text-hint" />
          <div className="actions">
            <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => void readNotice()}>
              {t('calendars.read')}
            </button>
          </div>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="calendar-file">{t('calendars.fileLabel')}</label>
          <p className="hint" id="calendar-file-hint">
            {t('calendars.fileHint')}
          </p>
          <input id="calendar-file" ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void readFile(e)} aria-describedby="calendar-file-hint" />
        </div>
      )}
      {problems ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={problemsBox} data-testid="calendar-problems">
          {problems.kind === 'text' ? <p>{problems.text}</p> : null}
          {problems.kind === 'notice' ? (
            <>
              <p>{t('calendars.noticeProblems', { n: problems.problems.length })}</p>
              <ul>
                {byLine(problems.problems).map(([line, found]) => (
                  <li key={line}>
                    {t('calendars.problemLine', { line, excerpt: found[0]?.excerpt ?? '' })}
                    <ul>
                      {found.map((p, i) => (
                        <li key={i}>{p.text[lang]}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {problems.kind === 'server' ? (
            <>
              <p>{t('calendars.refused')}</p>
              <ul>
                {problems.issues.map((issue, i) => (
                  <li key={i}>{issue.message}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {busy && !preview ? (
        <p className="loading" role="status">
          {t('calendars.checking')}
        </p>
      ) : null}
      {calendar && preview ? (
        <section aria-labelledby="calendar-preview" className="calendar-preview">
          <h3 id="calendar-preview" tabIndex={-1} ref={previewHeading}>
            {t('calendars.previewTitle')}
          </h3>
          <p>{readSummary}</p>
          <RebasePreview preview={preview} />
          <div className="actions">
            {preview.changed ? (
              <button type="button" className="btn btn-primary" aria-disabled={busy || undefined} onClick={() => void confirm()}>
                {busy ? t('calendars.importing') : t('calendars.confirm')}
              </button>
            ) : null}
            <button type="button" className="btn" onClick={chooseAgain}>
              {t('calendars.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
