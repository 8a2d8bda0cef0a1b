// What stands between a matter and its publication, listed as the designer edits it: each problem a
// whole sentence that names the material, field or step by its own name, with a "去修改" button that
// moves the focus to the input where it is fixed — never a regular expression or a JSON path.
import type { MatterProblem } from '../api/types.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { goTo } from './IssueList.tsx';
import { placeOfProblem } from './matterModel.ts';

export function MatterProblemList({ problems }: { problems: readonly MatterProblem[] }) {
  const { t, lang } = usePreferences();
  if (problems.length === 0) {
    return (
      <p className="alert alert-success" role="status" data-testid="matter-problems">
        {t('mx.noProblems')}
      </p>
    );
  }
  return (
    <section className="alert alert-error issue-list" aria-labelledby="mx-problems" data-testid="matter-problems">
      <h2 id="mx-problems">{t('mx.problems', { n: problems.length })}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.path}${i}`}>
            <span>{lang === 'en' ? p.message.en : p.message.zh}</span>{' '}
            <button type="button" className="btn btn-link" aria-label={t('mx.goFixPlace', { place: lang === 'en' ? p.place.en : p.place.zh })} onClick={() => goTo(placeOfProblem(p.path))}>
              {t('mx.goFix')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
