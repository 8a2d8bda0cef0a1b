// The basics of a service guide: name, 事项编码, type, department (chosen by name from the catalogue's
// departments), legal and committed limits, on-site visits, process steps, fee and legal basis.
import type { Matter } from '@onego/schemas/types';
import type { Department } from '../api/types.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { ChoiceInput, LimitInput, NumberInput, optionalText, setOptional, TextInput } from './MatterInputs.tsx';
import { departmentOf, freeId, type MatterDraftModel } from './matterModel.ts';

type Step = Matter['steps'][number];
const KINDS = ['administrative-permit', 'administrative-confirmation', 'administrative-payment', 'public-service', 'other-administrative-power'] as const;
const ACTORS = ['applicant', 'window', 'department', 'system'] as const;

interface Props {
  matter: MatterDraftModel;
  departments: readonly Department[];
  regions: ReadonlyMap<string, string>;
  onChange: (matter: MatterDraftModel) => void;
}

function StepEditor({ step, index, onChange, onRemove }: { step: Step; index: number; onChange: (step: Step) => void; onRemove?: () => void }) {
  const { t } = usePreferences();
  return (
    <li>
      <fieldset>
        <legend>{t('mx.stepN', { n: index + 1, name: step.name.zh })}</legend>
        <TextInput id={`mx-step-${index}`} label={t('mx.stepName')} value={step.name.zh} onChange={(zh) => onChange({ ...step, name: { ...step.name, zh } })} />
        <TextInput id={`mx-step-${index}-en`} label={t('mx.nameEn')} english value={step.name.en} onChange={(en) => onChange({ ...step, name: { ...step.name, en } })} />
        <ChoiceInput id={`mx-step-${index}-actor`} label={t('mx.stepActor')} value={step.actor ?? 'department'} choices={ACTORS.map((a) => [a, t(`mx.actor.${a}`)] as const)} onChange={(actor) => onChange({ ...step, actor })} />
        <LimitInput id={`mx-step-${index}-days`} label={t('mx.stepLimit')} value={step.timeLimit} onChange={(timeLimit) => onChange({ ...step, timeLimit })} />
        <TextInput id={`mx-step-${index}-standard`} label={t('mx.stepStandard')} multiline value={step.standard?.zh ?? ''} onChange={(zh) => onChange(setOptional(step, 'standard', optionalText(zh)))} />
        {onRemove ? (
          <button type="button" className="btn btn-quiet" onClick={onRemove}>
            {t('mx.removeStep', { n: index + 1 })}
          </button>
        ) : null}
      </fieldset>
    </li>
  );
}

export function MatterBasicsSection({ matter, departments, regions, onChange }: Props) {
  const { t } = usePreferences();
  const set = <K extends keyof MatterDraftModel>(key: K, value: MatterDraftModel[K]) => onChange({ ...matter, [key]: value });
  const known = departments.some((d) => d.id === matter.department.id);
  const byRegion = new Map<string, Department[]>();
  for (const d of departments) byRegion.set(d.region, [...(byRegion.get(d.region) ?? []), d]);
  return (
    <section aria-labelledby="mx-basics" className="design-section">
      <h2 id="mx-basics" tabIndex={-1}>
        {t('mx.basics')}
      </h2>
      <TextInput id="mx-name-zh" label={t('mx.name')} value={matter.name.zh} onChange={(zh) => set('name', { ...matter.name, zh })} />
      <TextInput id="mx-name-en" label={t('mx.nameEn')} english value={matter.name.en} onChange={(en) => set('name', { ...matter.name, en })} />
      <TextInput
        id="mx-code"
        label={t('mx.code')}
        hint={t('mx.codeHint')}
        value={matter.code ?? ''}
        onChange={(code) => onChange(setOptional(matter, 'code', code.trim() === '' ? undefined : code.trim()))}
      />
      <ChoiceInput id="mx-kind" label={t('mx.kind')} value={matter.kind} choices={KINDS.map((k) => [k, t(`mx.kind.${k}`)] as const)} onChange={(kind) => set('kind', kind)} />
      <div className="field">
        <label htmlFor="mx-department">{t('mx.department')}</label>
        <select
          id="mx-department"
          value={known ? matter.department.id : ''}
          onChange={(e) => {
            const picked = departments.find((d) => d.id === e.target.value);
            if (picked) set('department', { ...departmentOf(picked), ...(matter.department.implementingBody ? { implementingBody: matter.department.implementingBody } : {}) });
          }}
        >
          <option value="" disabled>
            {known || matter.department.name.zh === '' ? t('mx.pickDepartment') : matter.department.name.zh}
          </option>
          {[...byRegion.entries()].map(([region, list]) => (
            <optgroup key={region} label={regions.get(region) ?? region}>
              {list.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name.zh}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <TextInput
        id="mx-implementing"
        label={t('mx.implementingBody')}
        hint={t('mx.implementingHint')}
        value={matter.department.implementingBody?.zh ?? ''}
        onChange={(zh) => set('department', setOptional(matter.department, 'implementingBody', optionalText(zh)))}
      />
      <LimitInput id="mx-legal-days" label={t('mx.legalLimit')} value={matter.timeLimits.legal} onChange={(legal) => set('timeLimits', { ...matter.timeLimits, legal })} />
      <LimitInput id="mx-committed-days" label={t('mx.committedLimit')} value={matter.timeLimits.committed} onChange={(committed) => set('timeLimits', { ...matter.timeLimits, committed })} />
      <NumberInput id="mx-visits" label={t('mx.visits')} value={matter.visits.count} onChange={(count) => set('visits', { ...matter.visits, count })} />
      <h3 id="mx-steps">{t('mx.steps')}</h3>
      <ol className="plain">
        {matter.steps.map((step, i) => (
          <StepEditor
            key={step.id}
            step={step}
            index={i}
            onChange={(next) => set('steps', matter.steps.map((s, j) => (j === i ? next : s)))}
            {...(matter.steps.length > 1 ? { onRemove: () => set('steps', matter.steps.filter((_, j) => j !== i)) } : {})}
          />
        ))}
      </ol>
      <button
        type="button"
        id="mx-step-add"
        className="btn"
        onClick={() => set('steps', [...matter.steps, { id: freeId(matter.steps.map((s) => s.id), 'step', '-'), name: { zh: '', en: '' }, actor: 'department', timeLimit: { days: 1, kind: 'working' } }])}
      >
        {t('mx.addStep')}
      </button>
      <fieldset id="mx-fee" tabIndex={-1}>
        <legend>{t('mx.fee')}</legend>
        <label className="check">
          <input type="checkbox" checked={matter.fee?.charged === true} onChange={(e) => set('fee', { ...matter.fee, charged: e.target.checked })} />
          {t('mx.charged')}
        </label>
        {matter.fee?.charged ? (
          <>
            <TextInput
              id="mx-fee-amount"
              label={t('mx.feeAmount')}
              hint={t('mx.feeAmountHint')}
              decimal
              value={matter.fee.amount ?? ''}
              onChange={(amount) => set('fee', setOptional({ charged: true, ...matter.fee }, 'amount', amount.trim() === '' ? undefined : amount.trim()))}
            />
            <TextInput
              id="mx-fee-basis"
              label={t('mx.feeBasis')}
              hint={t('mx.feeBasisHint')}
              value={matter.fee.basis?.zh ?? ''}
              onChange={(zh) => set('fee', setOptional({ charged: true, ...matter.fee }, 'basis', optionalText(zh)))}
            />
            <TextInput id="mx-fee-note" label={t('mx.feeNote')} value={matter.fee.note?.zh ?? ''} onChange={(zh) => set('fee', setOptional({ charged: true, ...matter.fee }, 'note', optionalText(zh)))} />
          </>
        ) : null}
      </fieldset>
      <h3>{t('mx.legalBasis')}</h3>
      <ol className="plain">
        {matter.legalBasis.map((basis, i) => (
          <li key={i}>
            <fieldset>
              <legend>{t('mx.basisN', { n: i + 1 })}</legend>
              <TextInput id={`mx-basis-${i}`} label={t('mx.basisTitle')} value={basis.title.zh} onChange={(zh) => set('legalBasis', matter.legalBasis.map((b, j) => (j === i ? { ...b, title: { ...b.title, zh } } : b)))} />
              <TextInput
                id={`mx-basis-${i}-article`}
                label={t('mx.basisArticle')}
                value={basis.article ?? ''}
                onChange={(article) => set('legalBasis', matter.legalBasis.map((b, j) => (j === i ? setOptional(b, 'article', article.trim() === '' ? undefined : article) : b)))}
              />
              {matter.legalBasis.length > 1 ? (
                <button type="button" className="btn btn-quiet" onClick={() => set('legalBasis', matter.legalBasis.filter((_, j) => j !== i))}>
                  {t('mx.removeBasis', { n: i + 1 })}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id="mx-basis-add" className="btn" onClick={() => set('legalBasis', [...matter.legalBasis, { title: { zh: '' } }])}>
        {t('mx.addBasis')}
      </button>
    </section>
  );
}
