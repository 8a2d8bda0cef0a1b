// The definition's problems — found in the browser by the engine as the draft is edited, or returned by
// the runtime (422 DEFINITION_INVALID) — each with a button that moves the focus to the place to fix it.
import { usePreferences } from '../i18n/preferences.tsx';

export interface ShownIssue {
  file: string;
  path: string;
  message: string;
  /** The id of the element where it is fixed. */
  place: string;
}

/** Moves to the element (opening the folded section it is in) and gives it the focus. */
export function goTo(place: string): void {
  const element = document.getElementById(place);
  if (!element) return;
  let folded = element.closest('details');
  while (folded) {
    folded.open = true;
    folded = folded.parentElement?.closest('details') ?? null;
  }
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

export function IssueList({ issues, fromServer }: { issues: readonly ShownIssue[]; fromServer: boolean }) {
  const { t } = usePreferences();
  if (issues.length === 0) {
    return (
      <p className="alert alert-success" role="status">
        {t('dz.noIssues')}
      </p>
    );
  }
  return (
    <div className="alert alert-error issue-list" role="alert">
      <h2>{fromServer ? t('dz.serverIssues', { n: issues.length }) : t('dz.issues', { n: issues.length })}</h2>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.file}${issue.path}${i}`}>
            <span>{issue.message}</span> <code className="hint">{`${issue.file}${issue.path}`}</code>{' '}
            <button type="button" className="btn btn-link" onClick={() => goTo(issue.place)}>
              {t('dz.goFix')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
