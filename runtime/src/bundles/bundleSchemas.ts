// The shapes of the bundle routes: published bundles and their versions, the designer's drafts, and the
// preview of a bundle for given answers. Pieces of the definition format are referenced by their $id,
// never copied.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { anyObject, closed, definitionRef, instant, localized } from '../http/apiSchemas.ts';
import { BundleMetrics, OneTimeNotice } from './noticeSchemas.ts';
import { Prefill } from '../sharedData/prefillSchemas.ts';

const identifier = () => definitionRef<string>('common', '/$defs/identifier');

/**
 * The path parameter naming a bundle: any text, of any length. An unknown id is BUNDLE_NOT_FOUND (404),
 * its message echoing an escaped excerpt of it, never a 400.
 */
export const BundleIdParams = Type.Object({ id: Type.String({ description: 'The bundle id (一件事), e.g. henan-newborn.' }) });

const summaryProperties = {
  id: identifier(),
  version: Type.Integer({ minimum: 1, description: 'The published version (1, 2, …); applications stay on the version they started with.' }),
  name: localized('The bundle name (一件事名称).'),
  description: Type.Optional(localized('What the bundle covers.')),
  region: Type.Optional(closed({ divisionCode: Type.String({ description: 'GB/T 2260 administrative division code.' }), name: localized('The region name.') })),
  committedTimeLimit: definitionRef('common', '/$defs/timeLimit', 'The committed time limit of the whole bundle (承诺办结时限).'),
  visits: Type.Integer({ minimum: 0, description: 'On-site visits the applicant makes (跑动次数).' }),
  matters: Type.Array(
    closed({
      id: identifier(),
      name: localized('The matter name.'),
      department: Type.String({ description: 'The id of the regional department whose officers handle the matter (a department record, GET /api/departments).' }),
      departmentName: localized('The department name.'),
    }),
    { description: 'The matters (事项) of the bundle, in bundle order; the answers decide which are included.' },
  ),
  publishedAt: instant('When this version was published.'),
};

export const BundleSummary = component('BundleSummary', closed(summaryProperties, { description: 'A published bundle (一件事), latest version.' }));

const BundleDefinition = component(
  'BundleDefinition',
  closed(
    {
      bundle: definitionRef('bundle'),
      matters: Type.Array(definitionRef('matter'), { description: 'The matters the bundle names (事项, each with its service guide 办事指南).' }),
      localElements: Type.Optional(
        Type.Array(definitionRef('data-elements', '/$defs/dataElement'), {
          description: 'The local data elements (本地区数据元) its matters bind, as they were when it was published (schemas/data-elements.schema.json); absent when they bind standard ones only. Compiled as a dictionary of the entity local after the standard one.',
        }),
      ),
    },
    { description: 'A bundle definition with its matters, in the definition format (schemas/bundle.schema.json, schemas/matter.schema.json).' },
  ),
);

export const BundleDetail = component(
  'BundleDetail',
  closed(
    {
      ...summaryProperties,
      withdrawn: Type.Optional(Type.Literal(true, { description: 'The bundle is off the portal (已下线): it takes no new application; running ones continue. Absent while it is on.' })),
      definition: BundleDefinition,
    },
    { description: 'A published bundle with its full definition.' },
  ),
);

const withdrawalProperties = {
  withdrawnBy: Type.String({ description: 'Who took it off the portal.' }),
  withdrawnAt: instant('When it was taken off.'),
};

export const BundleAvailability = component(
  'BundleAvailability',
  closed(
    {
      id: Type.String({ description: 'The bundle id.' }),
      withdrawn: Type.Union([closed(withdrawalProperties), Type.Null()], { description: 'Off the portal (下线) since then, by them; null: on the portal.' }),
    },
    { description: 'Whether a bundle is on the portal (上线) or off it (下线).' },
  ),
);

export const WithdrawnBundle = component(
  'WithdrawnBundle',
  closed({ ...summaryProperties, ...withdrawalProperties }, { description: 'A bundle off the portal (已下线): its latest version, who took it off and when.' }),
);

export const BundleVersions = component(
  'BundleVersions',
  closed({
    versions: Type.Array(
      closed({
        bundleId: Type.String(),
        version: Type.Integer({ minimum: 1 }),
        publishedBy: Type.String({ description: 'Who published it (system for the examples).' }),
        publishedAt: instant('When.'),
      }),
      { description: 'Published versions, newest first.' },
    ),
    draft: Type.Union([closed({ updatedAt: instant('When the draft was last saved.'), updatedBy: Type.String({ description: 'Who saved it.' }) }), Type.Null()], {
      description: 'The unpublished draft (草稿), if any.',
    }),
    withdrawn: Type.Union([closed(withdrawalProperties), Type.Null()], { description: 'Off the portal (已下线) since then, by them; null: on the portal (or never published).' }),
  }),
);

/**
 * What a designer saves: a definition that may still have problems (a draft is work in progress), so only
 * its outline is checked here; the definition checks list the problems in the answer.
 */
export const DraftDefinition = Type.Object(
  {
    bundle: anyObject('The bundle, in the format of schemas/bundle.schema.json (problems allowed: they are listed in the answer). bundle.id names the draft.'),
    matters: Type.Array(Type.Unknown(), { description: 'The matters the bundle names, in the format of schemas/matter.schema.json (problems allowed).' }),
    localElements: Type.Optional(Type.Array(Type.Unknown(), { description: 'Not needed: the runtime puts in the local data elements (本地区数据元) the matters bind, as the region’s dictionary has them.' })),
  },
  { description: 'A bundle definition with its matters, in the definition format; saved with its problems, which the answer lists.' },
);

const DefinitionIssue = component(
  'DefinitionIssue',
  closed(
    {
      file: Type.String({ description: "Which document: 'bundle', or 'matters/<index>' for the matters array." }),
      path: Type.String({ description: 'JSON Pointer into that document.' }),
      code: Type.String({ description: 'The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE).' }),
      message: Type.String({ description: 'The issue in the response language.' }),
    },
    { description: 'A problem of a bundle definition, as `onego validate` reports it.' },
  ),
);

export const DraftSaved = component(
  'DraftSaved',
  closed({
    id: identifier(),
    draft: Type.Literal(true),
    updatedBy: Type.String({ description: 'Who saved it (the caller).' }),
    updatedAt: instant('When the draft was saved.'),
    issues: Type.Array(DefinitionIssue, { description: 'The definition problems of the draft as saved (empty when there are none); publishing waits until there are none.' }),
  }),
);

export const BundleDraftSummary = component(
  'BundleDraftSummary',
  closed(
    {
      id: Type.String({ description: 'The bundle id (bundle.id of the draft).' }),
      name: localized('The bundle name of the draft (its id when it has none yet).'),
      updatedBy: Type.String({ description: 'Who saved it last.' }),
      updatedAt: instant('When.'),
      publishedVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The latest published version of this bundle; null when it was never published.' }),
      issues: Type.Integer({ minimum: 0, description: 'How many definition problems the draft has (0: it can be published).' }),
      etag: Type.String({
        minLength: 1,
        description: 'The entity tag of the draft as listed (the ETag of GET /api/bundles/{id}/draft): send it as If-Match to discard only this version.',
      }),
    },
    { description: 'A saved draft (草稿) in the designer’s list.' },
  ),
);

export const BundleDraft = component(
  'BundleDraft',
  closed(
    {
      definition: anyObject('The definition as saved ({bundle, matters}, in the definition format; it may have problems: a draft is work in progress).'),
      updatedBy: Type.String({ description: 'Who saved it last.' }),
      updatedAt: instant('When.'),
    },
    { description: 'The saved draft of a bundle; its ETag comes in the header.' },
  ),
);

export const PreviewRequest = component(
  'PreviewRequest',
  Type.Object({
    answers: Type.Optional(definitionRef<Record<string, unknown>>('application', '/properties/answers', 'Answers to the scenario questions (情形引导); default {}.')),
  }),
);

export const Preview = component(
  'Preview',
  closed(
    {
      form: closed({
        schema: anyObject('The merged form (一表申请) for these answers: a JSON Schema (draft 2020-12) of the data to submit.'),
        uiSchema: anyObject('react-jsonschema-form uiSchema of the merged form.'),
      }),
      notice: OneTimeNotice,
      metrics: BundleMetrics,
      prefill: Prefill,
    },
    {
      description:
        "What the answers lead to: the merged form (localized), the one-time notice and the before/after metrics. For a signed-in citizen, the notice and the metrics waive exactly the materials the data-sharing connector provides for them, and prefill holds the values it provides (秒报); for anyone else (prefill.status anonymous) they waive what the bundle declares shared (bundle.sharedData).",
    },
  ),
);
