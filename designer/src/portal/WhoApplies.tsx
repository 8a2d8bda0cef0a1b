// Who applies, on the summary step of applying: for oneself or for another person (代办: their name and ID
// number, with their consent or as the guardian of a minor), a note when the bundle is applied for by an
// enterprise, and the people who must confirm before the submission (co-applicants the bundle asks for,
// the person applied for with consent), each with where they stand. The draft is saved with the content
// as it is now before they are asked: what they confirm is what is submitted.
import { residentIdProblem } from '@onego/engine';
import type { Bundle } from '@onego/schemas/types';
import { useState } from 'react';
import type { Draft, DraftParty, OnBehalfOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { TextField } from '../components/TextField.tsx';
import { formatInstant } from '../format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { PARTY_STATUS, roleName } from './partyWords.ts';

/** The applicant's choice: for themselves, or for another person. */
export interface WhoState {
  proxy: boolean;
  onBehalfOf: OnBehalfOf;
}

export const NOBODY_ELSE: WhoState = { proxy: false, onBehalfOf: { name: '', idNumber: '', basis: 'consent' } };

/** An 18-character ID number, then a GB 11643 one (its check character, birth date and region), as the server checks it. */
function idNumberProblem(idNumber: string): { idNumber?: MessageKey } {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { idNumber: 'signIn.idNumberInvalid' };
  return residentIdProblem(idNumber) === null ? {} : { idNumber: 'who.proxyIdNumberWrong' };
}

/** What is wrong with the person named (empty when applying for oneself). */
export function whoProblems(who: WhoState): { name?: MessageKey; idNumber?: MessageKey } {
  if (!who.proxy) return {};
  return {
    ...(who.onBehalfOf.name.trim() ? {} : { name: 'who.proxyNameRequired' as const }),
    ...idNumberProblem(who.onBehalfOf.idNumber.trim().toUpperCase()),
  };
}

/** The person applied for as the API takes it, or undefined for oneself. */
export const onBehalfOfOf = (who: WhoState): OnBehalfOf | undefined =>
  who.proxy ? { name: who.onBehalfOf.name.trim(), idNumber: who.onBehalfOf.idNumber.trim().toUpperCase(), basis: who.onBehalfOf.basis } : undefined;

export function WhoApplies({
  bundle,
  who,
  onChange,
  showProblems,
  saveDraft,
}: {
  bundle: Bundle;
  who: WhoState;
  onChange: (next: WhoState) => void;
  showProblems: boolean;
  /** Saves the draft with the content and the choice as they are now. */
  saveDraft: () => Promise<Draft | null>;
}) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [parties, setParties] = useState<DraftParty[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = showProblems ? whoProblems(who) : {};
  const enterprise = bundle.applicant === 'enterprise';
  const asksOthers = (bundle.coApplicants ?? []).length > 0 || (who.proxy && who.onBehalfOf.basis === 'consent');
  const setPerson = (change: Partial<OnBehalfOf>) => onChange({ ...who, onBehalfOf: { ...who.onBehalfOf, ...change } });

  async function ask() {
    setBusy(true);
    setError(null);
    try {
      const draft = await saveDraft();
      if (draft) setParties((await api.get<DraftParty[]>(`/api/application-drafts/${encodeURIComponent(draft.id)}/parties`)).body);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="summary-section" aria-labelledby="who-title">
      <div className="summary-head">
        <h3 id="who-title">{t('who.title')}</h3>
      </div>
      {enterprise ? (
        <p>{t('who.enterpriseNote')}</p>
      ) : (
        <fieldset>
          <legend>{t('who.title')}</legend>
          <label className="choice">
            <input type="radio" name="who" checked={!who.proxy} onChange={() => onChange({ ...who, proxy: false })} />
            {t('who.self')}
          </label>
          <label className="choice">
            <input type="radio" name="who" checked={who.proxy} onChange={() => onChange({ ...who, proxy: true })} />
            {t('who.proxy')}
          </label>
        </fieldset>
      )}
      {who.proxy && !enterprise ? (
        <>
          <TextField id="proxy-name" label={t('who.proxyName')} problem={problems.name ? t(problems.name) : undefined} value={who.onBehalfOf.name} onChange={(name) => setPerson({ name })} />
          <TextField id="proxy-id-number" label={t('who.proxyIdNumber')} problem={problems.idNumber ? t(problems.idNumber) : undefined} value={who.onBehalfOf.idNumber} onChange={(idNumber) => setPerson({ idNumber })} />
          <fieldset>
            <legend>{t('who.basis')}</legend>
            <label className="choice">
              <input type="radio" name="basis" checked={who.onBehalfOf.basis === 'consent'} onChange={() => setPerson({ basis: 'consent' })} />
              {t('who.basisConsent')}
            </label>
            <label className="choice">
              <input type="radio" name="basis" checked={who.onBehalfOf.basis === 'guardian'} onChange={() => setPerson({ basis: 'guardian' })} />
              {t('who.basisGuardian')}
            </label>
          </fieldset>
        </>
      ) : null}
      {asksOthers ? (
        <div>
          <h4>{t('who.parties')}</h4>
          <p className="hint">{t('who.partiesIntro')}</p>
          <div className="actions">
            <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void ask()}>
              {parties ? t('who.refresh') : t('who.askConfirm')}
            </button>
          </div>
          {error ? <ErrorMessage error={error} /> : null}
          {parties && parties.length === 0 ? <p>{t('who.none')}</p> : null}
          {parties && parties.length > 0 ? (
            <TableScroll label={t('who.parties')}>
              <table data-testid="draft-parties">
                <thead>
                  <tr>
                    <th scope="col">{t('who.proxyName')}</th>
                    <th scope="col">{t('co.yourPart')}</th>
                    <th scope="col">{t('co.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {parties.map((p) => (
                    <tr key={`${p.party}-${p.idNumber}`}>
                      <td>{p.name}</td>
                      <td>{roleName(p, lang) ?? t('who.represented')}</td>
                      <td role="status">
                        {t(PARTY_STATUS[p.status])}
                        {p.confirmedAt && p.status === 'confirmed' ? ` · ${formatInstant(p.confirmedAt, lang)}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
