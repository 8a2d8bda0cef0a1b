// Sign-in. With dev login on (npm start), pick a role — citizen with a name, officer of a department
// (chosen by its name among the departments of each region, GET /api/departments: two regions' 公安局 are
// two departments), service designer, administrator; a citizen may give their resident ID number (how
// co-applications and proxy applications find them) and sign in as an enterprise user (法人: credit code,
// enterprise name, legal representative or agent). An officer may also sign in at once as a demo officer
// (GET /api/auth/demo-officers): one per department and position the published review steps name, by
// department and position. Without dev login, sign-in belongs to the identity provider and this page says so.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DemoOfficer, Department, DevLogin, SignInMethods } from '../api/types.ts';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { Page } from '../components/Page.tsx';
import { TextField } from '../components/TextField.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';

type DevRole = 'citizen' | 'officer' | 'designer' | 'admin';
const ROLES: DevRole[] = ['citizen', 'officer', 'designer', 'admin'];
const HOME: Record<DevRole, string> = { citizen: '/', officer: '/workbench', designer: '/designer', admin: '/admin/calendars' };

/** Only paths of this app (never another site) are followed after sign-in. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : null);

/** The positions (岗位) review steps name as handlers; the identity provider gives them in production. */
const POSITIONS = ['窗口人员', '经办人', '科室负责人', '分管领导'];

export function SignInPage() {
  const { t, lang } = usePreferences();
  const { signIn, ended } = useSession();
  const api = useApi();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const wanted = params.get('role');
  const [role, setRole] = useState<DevRole>(ROLES.includes(wanted as DevRole) ? (wanted as DevRole) : 'citizen');
  const [subject, setSubject] = useState('');
  const [department, setDepartment] = useState('');
  const [position, setPosition] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [asEnterprise, setAsEnterprise] = useState(false);
  const [enterprise, setEnterprise] = useState({ creditCode: '', name: '', role: 'agent' as 'agent' | 'legalRepresentative' });
  const [problems, setProblems] = useState<{ subject?: string; department?: string; idNumber?: string; creditCode?: string; enterpriseName?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const subjectInput = useRef<HTMLInputElement>(null);
  const departmentSelect = useRef<HTMLSelectElement>(null);

  const methods = useResource(async () => (await api.get<SignInMethods>('/api/auth/sign-in-methods')).body, [api]);
  const listed = useResource(async () => (await api.get<Department[]>('/api/departments')).body, [api]);
  const demo = useResource(async () => (methods.data?.devLogin ? (await api.get<DemoOfficer[]>('/api/auth/demo-officers')).body : []), [api, methods.data?.devLogin, lang]);
  /** The demo officers by department (in the order the steps come), each department under its region's name. */
  const demoDepartments = useMemo(() => {
    const byDepartment = new Map<string, { name: string; regionName?: string; officers: DemoOfficer[] }>();
    for (const officer of demo.data ?? []) {
      const entry = byDepartment.get(officer.department) ?? { name: officer.departmentName, ...(officer.regionName ? { regionName: officer.regionName } : {}), officers: [] };
      entry.officers.push(officer);
      byDepartment.set(officer.department, entry);
    }
    return [...byDepartment.entries()];
  }, [demo.data]);
  /** The departments by region (the region's name), each by name in the reader's language. */
  const regions = useMemo(() => {
    const byRegion = new Map<string, { name: string; departments: { id: string; name: string }[] }>();
    for (const d of listed.data ?? []) {
      const regionName = d.regionName ?? (d.region === 'national' ? t('signIn.nationalRegion') : d.region);
      const region = byRegion.get(d.region) ?? { name: regionName, departments: [] };
      if (d.regionName && region.name !== d.regionName) region.name = d.regionName; // a region's name, when any of its departments has it
      region.departments.push({ id: d.id, name: (lang === 'en' ? d.name.en : undefined) ?? d.name.zh });
      byRegion.set(d.region, region);
    }
    const collator = new Intl.Collator(lang === 'en' ? 'en' : 'zh-CN');
    return [...byRegion.values()]
      .map((r) => ({ ...r, departments: r.departments.sort((a, b) => collator.compare(a.name, b.name)) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [listed.data, lang, t]);
  const departments = useMemo(() => regions.flatMap((r) => r.departments), [regions]);

  useEffect(() => {
    if (problems.subject) subjectInput.current?.focus();
    else if (problems.department) departmentSelect.current?.focus();
    else if (problems.idNumber) document.getElementById('id-number')?.focus();
    else if (problems.creditCode) document.getElementById('credit-code')?.focus();
    else if (problems.enterpriseName) document.getElementById('enterprise-name')?.focus();
  }, [problems]);

  /** Signs in with dev login and goes on to where the page was asked for (or the role's home). */
  async function devSignIn(body: Record<string, unknown>, as: DevRole) {
    const response = await api.post<DevLogin>('/api/auth/dev-login', body);
    signIn({
      token: response.body.token,
      role: response.body.role,
      subject: response.body.subject,
      ...(response.body.department ? { department: response.body.department, departmentName: departments.find((d) => d.id === response.body.department)?.name ?? response.body.department } : {}),
    });
    await navigate(safeNext(params.get('next')) ?? HOME[as], { replace: true });
  }

  async function signInAsDemo(officer: DemoOfficer) {
    setBusy(true);
    setError(null);
    try {
      await devSignIn({ role: 'officer', subject: officer.subject, name: officer.name, department: officer.department, positions: [officer.position] }, 'officer');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof problems = {};
    if (!subject.trim()) found.subject = t('signIn.subjectRequired');
    if (role === 'officer' && !department) found.department = t('signIn.departmentRequired');
    const citizen = role === 'citizen';
    if (citizen && idNumber.trim() && !/^\d{17}[\dXx]$/.test(idNumber.trim())) found.idNumber = t('signIn.idNumberInvalid');
    if (citizen && asEnterprise && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(enterprise.creditCode.trim().toUpperCase())) found.creditCode = t('signIn.creditCodeInvalid');
    if (citizen && asEnterprise && !enterprise.name.trim()) found.enterpriseName = t('signIn.enterpriseNameRequired');
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setError(null);
    try {
      // The name typed is also the display name colleagues pick from (转办, 委派 …); an officer may take a position (岗位).
      const body = {
        role,
        subject: subject.trim(),
        name: subject.trim(),
        ...(role === 'officer' ? { department, ...(position ? { positions: [position] } : {}) } : {}),
        ...(citizen && idNumber.trim() ? { idNumber: idNumber.trim().toUpperCase() } : {}),
        ...(citizen && asEnterprise ? { enterprise: { creditCode: enterprise.creditCode.trim().toUpperCase(), name: enterprise.name.trim(), role: enterprise.role } } : {}),
      };
      await devSignIn(body, role);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const roleLabel: Record<DevRole, string> = { citizen: t('signIn.roleCitizen'), officer: t('signIn.roleOfficer'), designer: t('signIn.roleDesigner'), admin: t('signIn.roleAdmin') };
  return (
    <Page title={t('signIn.title')}>
      {ended === 'expired' ? (
        <div className="alert alert-warn" role="status">
          {t('error.sessionExpired')}
        </div>
      ) : null}
      {wanted && ROLES.includes(wanted as DevRole) ? <p className="alert alert-info">{t('signIn.needRole', { role: roleLabel[wanted as DevRole] })}</p> : null}
      {methods.loading && !methods.data ? <Loading /> : null}
      {methods.error ? <ErrorMessage error={methods.error} onRetry={methods.reload} /> : null}
      {methods.data && !methods.data.devLogin ? (
        <section className="panel" aria-labelledby="idp-title">
          <h2 id="idp-title">{t('signIn.idpTitle')}</h2>
          <p>{t('signIn.idpText')}</p>
          {methods.data.identityProvider ? (
            <p>
              <a href={methods.data.identityProvider.issuer}>{methods.data.identityProvider.issuer}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      {methods.data?.devLogin ? (
        <form className="panel form-narrow" onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('signIn.devIntro')}</p>
          <fieldset>
            <legend>{t('signIn.role')}</legend>
            {ROLES.map((r) => (
              <label className="choice" key={r}>
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                {roleLabel[r]}
              </label>
            ))}
          </fieldset>
          {role === 'officer' && demoDepartments.length > 0 ? (
            <section aria-labelledby="demo-officers">
              <h2 id="demo-officers">{t('signIn.demoOfficers')}</h2>
              <p className="hint">{t('signIn.demoOfficersHint')}</p>
              {demoDepartments.map(([id, department]) => (
                <div key={id}>
                  <h3>{department.regionName ? `${department.regionName} · ${department.name}` : department.name}</h3>
                  <ul className="plain">
                    {department.officers.map((officer) => (
                      <li key={officer.subject}>
                        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void signInAsDemo(officer)} aria-label={t('signIn.demoOfficerButton', { department: department.name, position: officer.position })}>
                          {officer.position}
                        </button>{' '}
                        <span className="hint">{officer.steps.join('；')}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <p>{t('signIn.orTypeName')}</p>
            </section>
          ) : null}
          <div className={`field${problems.subject ? ' has-error' : ''}`}>
            <label htmlFor="subject">{t('signIn.subject')}</label>
            <p className="hint" id="subject-hint">
              {t('signIn.subjectHint')}
            </p>
            {problems.subject ? (
              <p className="field-error" id="subject-error">
                {problems.subject}
              </p>
            ) : null}
            <input
              id="subject"
              ref={subjectInput}
              type="text"
              autoComplete="username"
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              aria-invalid={problems.subject ? true : undefined}
              aria-describedby={problems.subject ? 'subject-hint subject-error' : 'subject-hint'}
            />
          </div>
          {role === 'citizen' ? (
            <>
              <TextField id="id-number" label={t('signIn.idNumber')} hint={t('signIn.idNumberHint')} problem={problems.idNumber} value={idNumber} onChange={setIdNumber} />
              <label className="choice">
                <input type="checkbox" checked={asEnterprise} onChange={(e) => setAsEnterprise(e.target.checked)} />
                {t('signIn.asEnterprise')}
              </label>
              {asEnterprise ? (
                <fieldset>
                  <legend>{t('signIn.asEnterprise')}</legend>
                  <TextField id="credit-code" label={t('signIn.creditCode')} problem={problems.creditCode} value={enterprise.creditCode} onChange={(creditCode) => setEnterprise({ ...enterprise, creditCode })} />
                  <TextField id="enterprise-name" label={t('signIn.enterpriseName')} problem={problems.enterpriseName} value={enterprise.name} onChange={(name) => setEnterprise({ ...enterprise, name })} />
                  <div className="field">
                    <label htmlFor="enterprise-role">{t('signIn.enterpriseRole')}</label>
                    <select id="enterprise-role" value={enterprise.role} onChange={(e) => setEnterprise({ ...enterprise, role: e.target.value === 'legalRepresentative' ? 'legalRepresentative' : 'agent' })}>
                      <option value="agent">{t('signIn.agent')}</option>
                      <option value="legalRepresentative">{t('signIn.legalRepresentative')}</option>
                    </select>
                  </div>
                </fieldset>
              ) : null}
            </>
          ) : null}
          {role === 'officer' ? (
            <div className={`field${problems.department ? ' has-error' : ''}`}>
              <label htmlFor="department">{t('signIn.department')}</label>
              {problems.department ? (
                <p className="field-error" id="department-error">
                  {problems.department}
                </p>
              ) : null}
              <select
                id="department"
                ref={departmentSelect}
                value={department}
                onChange={(e) => setDepartment(e.target.value)}
                aria-invalid={problems.department ? true : undefined}
                aria-describedby={problems.department ? 'department-error' : undefined}
              >
                <option value="">{t('signIn.chooseDepartment')}</option>
                {regions.map((r) => (
                  <optgroup key={r.name} label={r.name}>
                    {r.departments.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {listed.error ? <ErrorMessage error={listed.error} onRetry={listed.reload} /> : null}
            </div>
          ) : null}
          {role === 'officer' ? (
            <div className="field">
              <label htmlFor="position">{t('signIn.position')}</label>
              <p className="hint" id="position-hint">
                {t('signIn.positionHint')}
              </p>
              <select id="position" value={position} onChange={(e) => setPosition(e.target.value)} aria-describedby="position-hint">
                <option value="">{t('signIn.noPosition')}</option>
                {POSITIONS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </form>
      ) : null}
    </Page>
  );
}

