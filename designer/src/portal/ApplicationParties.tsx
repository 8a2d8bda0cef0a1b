// Who an application names besides its applicant (co-applicants, the person a proxy applied for) and the
// enterprise it belongs to, on the application page. Nothing when it names nobody.
import type { Application } from '../api/types.ts';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { roleName } from './partyWords.ts';

export function ApplicationParties({ view }: { view: Application }) {
  const { t, lang } = usePreferences();
  if (view.parties.length === 0 && !view.enterprise) return null;
  return (
    <section aria-labelledby="parties-title">
      <h2 id="parties-title">{t('application.parties')}</h2>
      {view.enterprise ? <p>{t('application.enterprise', { name: view.enterprise.name, code: view.enterprise.creditCode })}</p> : null}
      {view.parties.length > 0 ? (
        <ul>
          {view.parties.map((p, i) => (
            <li key={i}>
              {p.role ? `${t('who.coApplicant')}（${roleName(p, lang) ?? ''}）` : t('who.represented')}：{p.name}
              {' · '}
              {p.confirmedAt ? t('application.partyConfirmed', { at: formatInstant(p.confirmedAt, lang) }) : p.basis === 'guardian' ? t('application.partyNotAsked') : t('who.statusPending')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
