// The shapes of the catalogue routes (事项库): matters, their drafts, versions, uses and changes, the
// departments, and a catalogue import's preview. Texts meant for a designer come in both languages.
import type { Matter } from '@onego/schemas/types';
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant } from '../http/apiSchemas.ts';

const words = (description: string) => closed({ zh: Type.String(), en: Type.String() }, { description });
const name = Type.Object({ zh: Type.String(), en: Type.Optional(Type.String()) }, { additionalProperties: false, description: 'The name in Chinese, and in English when known.' });
const region = Type.String({ description: 'A GB/T 2260 division code (370100: 济南市) or "national".' });
const matterId = Type.String({ description: 'The catalogue id: made from the official 事项编码 (sx-<code>) or from the name, never typed by staff.' });
/** A matter definition as schemas/matter.schema.json writes it. */
const matterDefinition = Type.Unsafe<Matter>({ $ref: 'https://onego.dev/schemas/v1/matter.schema.json', description: 'The matter (事项) in the definition format (schemas/matter.schema.json).' });

const MatterProblem = component(
  'MatterProblem',
  closed(
    {
      code: Type.String({ description: 'The kind of problem (a schema keyword or a definition issue code such as UNKNOWN_DATA_ELEMENT).' }),
      path: Type.String({ description: 'Where in the definition (a JSON Pointer, for the designer’s “go to fix” link; never shown alone).' }),
      place: words('Where, in the service guide’s words: 申请材料「结婚证」的份数.'),
      message: words('What is wrong, place first, as a whole sentence.'),
    },
    { description: 'A problem of a matter draft, located in plain words.' },
  ),
);

export const MatterSummary = component(
  'MatterSummary',
  closed(
    {
      id: matterId,
      code: Type.Optional(Type.String({ description: '事项编码, when the matter has one.' })),
      name,
      department: Type.Optional(closed({ id: Type.String(), name: Type.String() })),
      region,
      latestVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'The latest published version; absent: never published.' })),
      draft: Type.Optional(closed({ updatedBy: Type.String(), updatedAt: instant('When the draft was last saved.') })),
    },
    { description: 'An entry of the matter catalogue (事项库).' },
  ),
);

export const MatterVersion = component(
  'MatterVersion',
  closed(
    { id: matterId, version: Type.Integer({ minimum: 1 }), definition: matterDefinition, publishedBy: Type.String(), publishedAt: instant('When it was published.') },
    { description: 'One published version of a matter: it never changes; bundle versions stay pinned to it.' },
  ),
);

export const MatterVersions = component(
  'MatterVersions',
  closed({
    versions: Type.Array(closed({ id: matterId, version: Type.Integer({ minimum: 1 }), publishedBy: Type.String(), publishedAt: instant('When it was published.') }), {
      description: 'Newest first.',
    }),
    draft: Type.Union([closed({ updatedBy: Type.String(), updatedAt: instant('When the draft was last saved.') }), Type.Null()]),
  }),
);

export const MatterDraft = component(
  'MatterDraft',
  closed(
    {
      id: matterId,
      definition: Type.Record(Type.String(), Type.Unknown(), { description: 'Work in progress, as saved: checked when published.' }),
      etag: Type.String({ description: 'Send it as If-Match to save over this draft, publish it or discard it.' }),
      updatedBy: Type.String(),
      updatedAt: instant('When it was saved.'),
      problems: Type.Array(MatterProblem, { description: 'What keeps it from being published; empty: it may be.' }),
    },
    { description: 'The draft of a matter (at most one per matter).' },
  ),
);

export const MatterDraftSaved = component(
  'MatterDraftSaved',
  closed({
    id: matterId,
    etag: Type.String(),
    updatedBy: Type.String(),
    updatedAt: instant('When it was saved.'),
    problems: Type.Array(MatterProblem),
    created: Type.Boolean({ description: 'A new catalogue entry (its id was generated), not a new draft of an existing one.' }),
  }),
);

export const MatterUse = component(
  'MatterUse',
  closed(
    {
      bundleVersions: Type.Array(
        closed({ bundleId: Type.String(), bundleVersion: Type.Integer({ minimum: 1 }), matterVersion: Type.Integer({ minimum: 1 }), latestOfBundle: Type.Boolean() }),
        { description: 'Published bundle versions pinned to a version of the matter, newest first.' },
      ),
      bundleDrafts: Type.Array(closed({ bundleId: Type.String(), updatedBy: Type.String(), updatedAt: instant('When the bundle draft was saved.') }), {
        description: 'Bundle drafts that include the matter.',
      }),
    },
    { description: 'Which bundles use a matter.' },
  ),
);

export const MatterChange = component(
  'MatterChange',
  closed(
    {
      what: words('What changed: 法定办结时限, 申请材料「结婚证」的份数.'),
      kind: Type.Union([Type.Literal('added'), Type.Literal('removed'), Type.Literal('changed')]),
      before: Type.Optional(words('The value before.')),
      after: Type.Optional(words('The value after.')),
    },
    { description: 'One difference between two versions of a matter, in the service guide’s words.' },
  ),
);

export const MatterComparison = component(
  'MatterComparison',
  closed(
    {
      id: matterId,
      latest: closed({ version: Type.Integer({ minimum: 1 }), publishedBy: Type.String(), publishedAt: instant('When it was published.') }, { description: 'The latest published version.' }),
      sameAs: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The published version the copy is exactly; null: none (e.g. edited inside a bundle).' }),
      changes: Type.Array(MatterChange, { description: 'What changes from the copy to the latest version; empty: it is the latest.' }),
    },
    { description: 'A copy of a matter (as a bundle draft carries it) against the catalogue’s latest version.' },
  ),
);

export const Department = component(
  'Department',
  closed(
    {
      id: Type.String({ description: 'Made from the name and the region (gonganju-410000), never typed.' }),
      name,
      region,
      regionName: Type.Optional(Type.String()),
      createdBy: Type.String(),
      createdAt: instant('When it was created.'),
    },
    { description: 'A department (部门) of a region: two regions’ 公安局 are two departments.' },
  ),
);

export const NewDepartment = component(
  'NewDepartment',
  closed({
    name: Type.String({ minLength: 1, maxLength: 100, description: 'The official name (济南市公安局历下区分局).' }),
    nameEn: Type.Optional(Type.String({ maxLength: 200 })),
    region: Type.String({ minLength: 1, maxLength: 20, description: 'A GB/T 2260 division code or "national".' }),
    regionName: Type.Optional(Type.String({ maxLength: 100 })),
  }),
);

const importProblem = closed({
  sheet: Type.String({ description: 'The sheet (XLSX) or file (CSV, JSON).' }),
  row: Type.Optional(Type.Integer({ minimum: 1, description: 'The row as the spreadsheet numbers it (the header is row 1).' })),
  column: Type.Optional(Type.String({ description: 'The column’s header: 法定办结时限.' })),
  message: words('The whole sentence, place first.'),
});

export const CatalogueImportPreview = component(
  'CatalogueImportPreview',
  closed(
    {
      matters: Type.Array(
        closed({
          sheet: Type.String(),
          row: Type.Integer({ minimum: 1 }),
          action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('unchanged')]),
          id: matterId,
          code: Type.Optional(Type.String()),
          name: Type.String(),
          department: closed({ id: Type.String(), name: Type.String(), created: Type.Boolean() }),
          changes: Type.Array(MatterChange),
          toComplete: Type.Array(MatterProblem, { description: 'What the draft still needs before it can be published (what the sheets do not carry: steps, the form …).' }),
          definition: Type.Record(Type.String(), Type.Unknown()),
        }),
      ),
      departments: Type.Array(closed({ id: Type.String(), name, region, regionName: Type.Optional(Type.String()) }), { description: 'Departments the import creates.' }),
      problems: Type.Array(importProblem, { description: 'Anything here and nothing is imported.' }),
      notes: Type.Array(importProblem, { description: 'How values were read (15日 as natural days …): worth a look, not in the way.' }),
    },
    { description: 'What a catalogue import does (or did): matters created, updated or unchanged, with their differences, as drafts only.' },
  ),
);

export const CatalogueImportRequest = component(
  'CatalogueImportRequest',
  Type.Object({
    file: Type.Array(Type.String({ contentMediaType: 'application/octet-stream' }), {
      description: 'One XLSX (a sheet of matters and one of materials), or the CSV files (matters.csv and materials.csv), or a JSON list of matter definitions; at most 4 files of 10 MB.',
    }),
  }),
);
