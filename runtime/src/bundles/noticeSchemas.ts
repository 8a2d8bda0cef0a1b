// The shapes of what a preview tells the applicant: the one-time notice (一次告知: matters, materials to
// submit and those waived, with why) and the before/after metrics (减材料、减环节、减时间、减跑动). Texts of the
// notice come in both languages, as the definition has them.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, definitionRef } from '../http/apiSchemas.ts';

const bothLanguages = (description: string) => definitionRef('common', '/$defs/localizedText', description);
const timeLimit = (description?: string) => definitionRef('common', '/$defs/timeLimit', description);
const documentReference = () => definitionRef('common', '/$defs/documentReference');

const BeforeAfter = component('BeforeAfter', closed({ before: Type.Number({ minimum: 0 }), after: Type.Number({ minimum: 0 }) }));
const beforeAfter = (description: string) => Type.Unsafe<{ before: number; after: number }>({ ...BeforeAfter, description });

export const BundleMetrics = component(
  'BundleMetrics',
  closed(
    {
      materials: beforeAfter('减材料: materials to submit.'),
      steps: beforeAfter('减环节: steps.'),
      workingDays: beforeAfter('减时间: working days (sum of matters vs the critical path).'),
      visits: beforeAfter('减跑动: on-site visits.'),
      fields: beforeAfter('一表申请: form fields.'),
    },
    { description: 'Before (the included matters one by one) and after (the bundle), for the given answers.' },
  ),
);

const Waiver = component(
  'Waiver',
  Type.Union(
    [
      closed({ kind: Type.Literal('e-licence'), eLicence: Type.String({ description: 'E-licence type (电子证照).' }), name: bothLanguages('E-licence name.') }),
      closed({
        kind: Type.Literal('produced-in-bundle'),
        eLicence: Type.String({ description: 'E-licence type issued by an earlier matter of this bundle.' }),
        name: bothLanguages('E-licence name.'),
        matterId: Type.String({ description: 'The matter that issues it.' }),
      }),
      closed({ kind: Type.Literal('shared-data'), elements: Type.Array(definitionRef('common', '/$defs/elementId')) }),
      closed({ kind: Type.Literal('merged-form') }),
    ],
    { description: 'Why a material need not be submitted (免提交).' },
  ),
);

const NoticeMaterial = component(
  'NoticeMaterial',
  closed({
    materialId: Type.String(),
    name: bothLanguages('Material name.'),
    issuer: bothLanguages('Issuing body (出具单位).'),
    copies: Type.Integer({ minimum: 0 }),
    original: definitionRef('matter', '/$defs/material/properties/original'),
    medium: definitionRef('matter', '/$defs/material/properties/medium'),
    key: Type.Boolean(),
    required: Type.Boolean({ description: 'False for materials needed only in some circumstances (requiredWhen).' }),
    requiredWhen: Type.Optional(bothLanguages('When it is needed.')),
    commitment: Type.Optional(bothLanguages('告知承诺: may be replaced by a written commitment.')),
    blankForm: Type.Optional(documentReference()),
    sample: Type.Optional(documentReference()),
    requiredBy: Type.Array(Type.String(), { description: 'The included matters that ask for it.' }),
    waivedBy: Type.Optional(Waiver),
  }),
);

const NoticeMatter = component(
  'NoticeMatter',
  closed({
    matterId: Type.String(),
    name: bothLanguages('Matter name.'),
    department: bothLanguages('Department name.'),
    implementingBody: Type.Optional(bothLanguages('Implementing body (实施主体).')),
    kind: definitionRef('matter', '/properties/kind'),
    timeLimit: timeLimit('The limit inside this bundle.'),
    ownCommittedTimeLimit: timeLimit(),
    legalTimeLimit: timeLimit(),
    after: Type.Array(Type.String(), { description: 'Included matters to be approved first.' }),
    optional: Type.Boolean(),
    visits: Type.Integer({ minimum: 0 }),
    steps: Type.Array(closed({ name: bothLanguages('Step name (环节).'), timeLimit: timeLimit() })),
    legalBasis: Type.Array(definitionRef('matter', '/$defs/legalBasis')),
    acceptanceConditions: Type.Array(definitionRef('common', '/$defs/localizedText')),
    fee: Type.Optional(definitionRef('matter', '/$defs/fee')),
    blankForms: Type.Array(documentReference()),
    sampleForms: Type.Array(documentReference()),
    result: definitionRef('matter', '/$defs/result'),
    autoApproval: Type.Optional(bothLanguages('秒批: the auto-approval rule, described.')),
  }),
);

export const OneTimeNotice = component(
  'OneTimeNotice',
  closed(
    {
      bundleId: Type.String(),
      bundleVersion: Type.String({ description: 'The published version, as a string.' }),
      name: bothLanguages('Bundle name.'),
      matters: Type.Array(NoticeMatter, { description: 'The included matters.' }),
      materials: Type.Array(NoticeMaterial, { description: 'Materials still to submit, each once however many matters need it.' }),
      waived: Type.Array(NoticeMaterial, { description: 'Materials not to submit, each with waivedBy.' }),
      timeLimit: timeLimit(),
      visits: definitionRef('matter', '/$defs/visits'),
      steps: definitionRef('bundle', '/properties/steps'),
      issuance: definitionRef('bundle', '/$defs/issuance'),
    },
    { description: '一次告知: everything the applicant must know, once and completely. Texts are given in both languages.' },
  ),
);
