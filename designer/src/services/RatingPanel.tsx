// 好差评: once the application is completed or rejected, its applicant rates the whole service and each
// matter (1–5, with an optional comment), once; afterwards the rating is shown.
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { Application, Rating } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';

const SCORES = [5, 4, 3, 2, 1];

function ScoreChoice({ name, legend, value, onChange }: { name: string; legend: string; value: number | undefined; onChange: (score: number) => void }) {
  const { t } = usePreferences();
  return (
    <fieldset className="rating-scores">
      <legend>{legend}</legend>
      {SCORES.map((score) => (
        <label className="choice choice-inline" key={score}>
          <input type="radio" name={name} value={score} checked={value === score} onChange={() => onChange(score)} />
          {t('rating.score', { n: score })}
        </label>
      ))}
    </fieldset>
  );
}

export function RatingPanel({ view }: { view: Application }) {
  const { t } = usePreferences();
  const api = useApi();
  const url = `/api/applications/${encodeURIComponent(view.id)}/rating`;
  // A rating is a RATED event on the timeline: only then is there one to read (no request answered 404).
  const rated = view.timeline.some((event) => event.what === 'RATED');
  const existing = useResource(async () => {
    if (!rated) return null;
    try {
      return (await api.get<Rating>(url)).body;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'RATING_NOT_FOUND') return null;
      throw error;
    }
  }, [api, url, rated]);
  const [overall, setOverall] = useState<number | undefined>();
  const [comment, setComment] = useState('');
  const [matters, setMatters] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The rating just given (the page's view of the application still predates its RATED event).
  const [given, setGiven] = useState<Rating | null>(null);
  const rating = given ?? existing.data;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!overall) return setError(new Error(t('rating.required')));
    setBusy(true);
    setError(null);
    try {
      const body = {
        overall: { score: overall, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        matters: Object.entries(matters).map(([matterId, score]) => ({ matterId, score })),
      };
      setGiven((await api.post<Rating>(url, body)).body);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="rating-title">
      <h2 id="rating-title">{t('rating.title')}</h2>
      {rating ? (
        <p className="alert alert-success" role="status" data-testid="rating-done">
          {t('rating.thanks', { score: rating.overall.score })}
        </p>
      ) : rating === null ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p className="hint">{t('rating.intro')}</p>
          <ScoreChoice name="overall" legend={t('rating.overall')} value={overall} onChange={setOverall} />
          <div className="field">
            <label htmlFor="rating-comment">{t('rating.comment')}</label>
            <textarea id="rating-comment" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          {view.matters.map((m) => (
            <ScoreChoice key={m.matterId} name={`matter-${m.matterId}`} legend={t('rating.matter', { name: m.name })} value={matters[m.matterId]} onChange={(score) => setMatters({ ...matters, [m.matterId]: score })} />
          ))}
          {error ? <ErrorMessage error={error} /> : null}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('rating.submit')}
          </button>
        </form>
      ) : existing.error ? (
        <ErrorMessage error={existing.error} onRetry={existing.reload} />
      ) : null}
    </section>
  );
}
