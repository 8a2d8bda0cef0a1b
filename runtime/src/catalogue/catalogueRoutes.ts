// /api/matters, /api/departments and /api/catalogue/import: the matter catalogue (事项库). Designers
// search, create, edit, publish and import matters; officers read them; admins also create departments.
// The rules are the catalogue's services (matterCatalogue.ts, departments.ts, import/catalogueImport.ts).
import Type from 'typebox';
import type { Clock } from '../clock.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { uploadedFilesInMemory } from '../http/uploadedFilesInMemory.ts';
import { coded, failure } from '../openapi/responses.ts';
import {
  CatalogueImportPreview,
  CatalogueImportRequest,
  Department,
  MatterChange,
  MatterComparison,
  MatterDraft,
  MatterDraftSaved,
  MatterSummary,
  MatterUse,
  MatterVersion,
  MatterVersions,
  NewDepartment,
} from './catalogueSchemas.ts';
import type { Departments } from './departments.ts';
import type { CatalogueImport } from './import/catalogueImport.ts';
import type { MatterCatalogue } from './matterCatalogue.ts';

const matter = Type.Object({ id: idParam('The matter’s catalogue id.') });
const version = Type.Integer({ minimum: 1, maximum: 1_000_000 });
const region = Type.String({ pattern: '^(national|[1-9][0-9]{5})$', description: 'A GB/T 2260 division code (6 digits) or "national".' });
const ifMatch = { $ref: '#/components/parameters/IfMatch' };
const ifNoneMatch = { $ref: '#/components/parameters/IfNoneMatch' };
const DESIGNERS = ['designer', 'admin'] as const;
const READERS = ['designer', 'admin', 'officer'] as const;
const matterNotFound = failure('MATTER_NOT_FOUND: no matter with this id in the catalogue.', coded(['MATTER_NOT_FOUND']));
const draftPrecondition = failure(
  'MATTER_DRAFT_CHANGED: the draft was saved since the ETag given in If-Match (or exists already while If-None-Match is *). MATTER_DRAFT_GONE: If-Match was given and the draft has been published or discarded since. Nothing was written.',
  coded(['MATTER_DRAFT_CHANGED', 'MATTER_DRAFT_GONE']),
);
const IMPORT_LIMITS = { maxFiles: 4, maxBytes: 10 * 1024 * 1024 };

export const catalogueApi = declareApi({
  searchMatters: {
    operationId: 'searchMatters',
    method: 'get',
    path: '/api/matters',
    tags: ['catalogue'],
    summary: 'Search the matter catalogue (事项库)',
    description: 'By part of the name, the 事项编码, the department’s name or the id (q), a department, and a region (which includes the regions inside it: 370000 includes 370102). By name. Roles: designer, admin, officer.',
    access: [...READERS],
    query: Type.Object({
      q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name, code, department name or id.' })),
      department: Type.Optional(Type.String({ maxLength: 200, description: 'A department id.' })),
      region: Type.Optional(region),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'At most this many.' })),
    }),
    response: { status: 200, description: 'The matching entries.', schema: Type.Array(MatterSummary) },
    otherResponses: {},
  },
  getMatter: {
    operationId: 'getMatter',
    method: 'get',
    path: '/api/matters/{id}',
    tags: ['catalogue'],
    summary: 'Get a published version of a matter',
    description: 'The latest published version, or the one ?version names. Roles: designer, admin, officer.',
    access: [...READERS],
    params: matter,
    query: Type.Object({ version: Type.Optional(version) }),
    response: { status: 200, description: 'The version.', schema: MatterVersion },
    otherResponses: {
      '404': failure('MATTER_NOT_FOUND: no such matter. MATTER_VERSION_NOT_FOUND: it has no such version (or none published yet).', coded(['MATTER_NOT_FOUND', 'MATTER_VERSION_NOT_FOUND'])),
    },
  },
  saveMatterDraft: {
    operationId: 'saveMatterDraft',
    method: 'post',
    path: '/api/matters',
    tags: ['catalogue'],
    summary: 'Create a matter or save its draft',
    description:
      'Saves the matter, as a matter file is written (schemas/matter.schema.json), as the draft of its catalogue entry: a new entry when it has no id (the id is made from its 事项编码 or name) or an unknown one. Saved even with problems, which are listed; they must be fixed before publishing. If-Match: the ETag of the draft as last read (a draft saved since is refused); If-None-Match: *: only if the matter has no draft yet. Answers the ETag. Roles: designer, admin.',
    access: [...DESIGNERS],
    headers: [ifMatch, ifNoneMatch],
    body: { schema: Type.Record(Type.String(), Type.Unknown(), { description: 'A matter definition, possibly incomplete.' }), description: 'The matter.' },
    response: { status: 200, description: 'The draft is saved (201: a new catalogue entry).', schema: MatterDraftSaved, headers: { ETag: { $ref: '#/components/headers/ETag' } } },
    otherResponses: {
      '201': { description: 'A new catalogue entry was created with this draft.', headers: { ETag: { $ref: '#/components/headers/ETag' } }, content: { 'application/json': { schema: MatterDraftSaved } } },
      '409': failure('MATTER_CODE_TAKEN: another matter of the catalogue has this 事项编码.', coded(['MATTER_CODE_TAKEN'])),
      '412': draftPrecondition,
      '422': failure(
        'MATTER_INVALID: the matter lacks what a catalogue entry needs even as a draft (its name; problems says what). REGION_INVALID: the region is not a GB/T 2260 division code.',
        coded(['MATTER_INVALID', 'REGION_INVALID']),
      ),
    },
  },
  getMatterDraft: {
    operationId: 'getMatterDraft',
    method: 'get',
    path: '/api/matters/{id}/draft',
    tags: ['catalogue'],
    summary: 'Open the draft of a matter',
    description: 'The draft with its problems and ETag. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    response: { status: 200, description: 'The draft.', schema: MatterDraft, headers: { ETag: { $ref: '#/components/headers/ETag' } } },
    otherResponses: { '404': failure('MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft.', coded(['MATTER_NOT_FOUND', 'MATTER_DRAFT_NOT_FOUND'])) },
  },
  discardMatterDraft: {
    operationId: 'discardMatterDraft',
    method: 'delete',
    path: '/api/matters/{id}/draft',
    tags: ['catalogue'],
    summary: 'Discard the draft of a matter',
    description: 'Deletes the draft (with If-Match: only that draft); an entry never published goes with it. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    headers: [ifMatch],
    response: { status: 204, description: 'Discarded.' },
    otherResponses: {
      '404': failure('MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft.', coded(['MATTER_NOT_FOUND', 'MATTER_DRAFT_NOT_FOUND'])),
      '412': draftPrecondition,
    },
  },
  publishMatter: {
    operationId: 'publishMatter',
    method: 'post',
    path: '/api/matters/{id}/publish',
    tags: ['catalogue'],
    summary: 'Publish the draft of a matter as its next version',
    description:
      'Checks the draft as `onego validate` does and makes it the next version. Published versions never change: bundle versions that use an older one stay pinned to it, and running applications are untouched. Refused with each problem located in plain words while it has any; nothing is written then. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    headers: [ifMatch],
    response: { status: 201, description: 'The new version.', schema: MatterVersion },
    otherResponses: {
      '404': failure('MATTER_NOT_FOUND: no such matter. MATTER_DRAFT_NOT_FOUND: it has no draft to publish.', coded(['MATTER_NOT_FOUND', 'MATTER_DRAFT_NOT_FOUND'])),
      '412': draftPrecondition,
      '422': failure('MATTER_INVALID: the draft has problems (problems lists each, located in the service guide’s words).', coded(['MATTER_INVALID'])),
    },
  },
  listMatterVersions: {
    operationId: 'listMatterVersions',
    method: 'get',
    path: '/api/matters/{id}/versions',
    tags: ['catalogue'],
    summary: 'The published versions of a matter, and its draft',
    description: 'Who published each version and when; whether a draft is pending. Roles: designer, admin, officer.',
    access: [...READERS],
    params: matter,
    response: { status: 200, description: 'The versions.', schema: MatterVersions },
    otherResponses: { '404': matterNotFound },
  },
  getMatterUse: {
    operationId: 'getMatterUse',
    method: 'get',
    path: '/api/matters/{id}/used-by',
    tags: ['catalogue'],
    summary: 'Which bundles use a matter',
    description: 'The published bundle versions pinned to a version of it, and the bundle drafts that include it. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    response: { status: 200, description: 'Its uses.', schema: MatterUse },
    otherResponses: { '404': matterNotFound },
  },
  getMatterChanges: {
    operationId: 'getMatterChanges',
    method: 'get',
    path: '/api/matters/{id}/changes',
    tags: ['catalogue'],
    summary: 'What changed between two versions of a matter',
    description: 'From version `from` to version `to` (to the draft when absent): fields, materials, limits and the rest, in the service guide’s words. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    query: Type.Object({ from: version, to: Type.Optional(version) }),
    response: { status: 200, description: 'The differences.', schema: Type.Array(MatterChange) },
    otherResponses: {
      '404': failure('MATTER_NOT_FOUND, MATTER_VERSION_NOT_FOUND or MATTER_DRAFT_NOT_FOUND: no such matter, version or draft.', coded(['MATTER_NOT_FOUND', 'MATTER_VERSION_NOT_FOUND', 'MATTER_DRAFT_NOT_FOUND'])),
    },
  },
  compareMatter: {
    operationId: 'compareMatter',
    method: 'post',
    path: '/api/matters/{id}/compare',
    tags: ['catalogue'],
    summary: 'Compare a copy of a matter with its latest version',
    description:
      'A bundle draft carries its matters inline: sent one of them, answers the latest published version of the catalogue entry, which published version the copy is exactly (none when it was edited inside the bundle), and what changes from the copy to the latest version (fields, materials, limits and the rest, in the service guide’s words) — what the designer sees before moving the draft to the newer version. Writes nothing. Roles: designer, admin.',
    access: [...DESIGNERS],
    params: matter,
    body: { schema: Type.Record(Type.String(), Type.Unknown(), { description: 'A matter definition, as the bundle draft carries it.' }), description: 'The copy.' },
    response: { status: 200, description: 'The comparison.', schema: MatterComparison },
    otherResponses: {
      '404': failure('MATTER_NOT_FOUND: no such matter, or none of its versions is published.', coded(['MATTER_NOT_FOUND'])),
      '422': failure('MATTER_INVALID: the copy is not shaped as a matter where the comparison reads it (problems says what).', coded(['MATTER_INVALID'])),
    },
  },
  listDepartments: {
    operationId: 'listDepartments',
    method: 'get',
    path: '/api/departments',
    tags: ['catalogue'],
    summary: 'The departments, of a region',
    description:
      'All departments, or those of a region and the regions inside it, by region then name: what an officer signs in as (the department claim of their token names one by its id), and what matters name. Public: the sign-in page lists them by name.',
    access: 'public',
    query: Type.Object({ region: Type.Optional(region) }),
    response: { status: 200, description: 'The departments.', schema: Type.Array(Department) },
    otherResponses: {},
  },
  createDepartment: {
    operationId: 'createDepartment',
    method: 'post',
    path: '/api/departments',
    tags: ['catalogue'],
    summary: 'Create a department of a region',
    description: 'Its id is made from its name and region. Role: admin.',
    access: ['admin'],
    body: { schema: NewDepartment, description: 'The department.' },
    response: { status: 201, description: 'Created.', schema: Department },
    otherResponses: {
      '409': failure('DEPARTMENT_EXISTS: the region has a department of this name.', coded(['DEPARTMENT_EXISTS'])),
      '422': failure('DEPARTMENT_NAME_REQUIRED: the name is empty. REGION_INVALID: the region is not a GB/T 2260 division code.', coded(['DEPARTMENT_NAME_REQUIRED', 'REGION_INVALID'])),
    },
  },
  importCatalogue: {
    operationId: 'importCatalogue',
    method: 'post',
    path: '/api/catalogue/import',
    tags: ['catalogue'],
    summary: 'Preview or import a catalogue spreadsheet (事项库导入)',
    description:
      'The spreadsheet a 事项库 exports (XLSX with a sheet of matters — 事项名称, 事项编码, 实施主体, 事项类型, 法定办结时限, 承诺办结时限, 到办事现场次数, 收费, 设定依据 — and a sheet of materials — 事项编码, 材料名称, 来源渠道, 纸质/电子, 份数, 必要性), the same as two CSV files, or a JSON list of matter definitions, as multipart/form-data files in the field `file`. With dryRun=true nothing is written: the answer says what would be created, updated or left unchanged, with the differences and every problem located by sheet, row and column. Otherwise the matters are saved as drafts (never published) and the departments they name are created, in one transaction; a file with any problem imports nothing. The same file imported again changes nothing. Roles: designer, admin.',
    access: [...DESIGNERS],
    query: Type.Object({
      dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Preview only.' })),
      region: Type.Optional(region),
      regionName: Type.Optional(Type.String({ maxLength: 100, description: 'The region’s name (济南市), for the departments created.' })),
    }),
    body: { schema: CatalogueImportRequest, description: 'The files.', mediaType: 'multipart/form-data' },
    response: { status: 200, description: 'What the import does (dryRun) or did.', schema: CatalogueImportPreview },
    otherResponses: {
      '413': failure('IMPORT_FILE_TOO_LARGE: a file is over 10 MB.', coded(['IMPORT_FILE_TOO_LARGE'])),
      '415': failure('MULTIPART_REQUIRED: the body is not multipart/form-data.', coded(['MULTIPART_REQUIRED'])),
      '422': failure('CATALOGUE_IMPORT_INVALID: the files have problems (problems lists each, located); nothing was imported.', coded(['CATALOGUE_IMPORT_INVALID'])),
    },
  },
});

export interface CatalogueServices {
  matters: MatterCatalogue;
  departments: Departments;
  imports: CatalogueImport;
  clock: Clock;
}

export function catalogueRoutes({ matters, departments, imports, clock }: CatalogueServices) {
  return mountRoutes(catalogueApi, {
    searchMatters: ({ query }) => matters.search(query),
    getMatter: ({ params, query }) => matters.get(params.id, query.version),
    saveMatterDraft: async ({ body, principal, ctx }) => {
      const saved = await matters.saveDraft(body, {
        by: principal.subject,
        ...(ctx.get('if-match') ? { ifMatch: ctx.get('if-match') } : {}),
        ...(ctx.get('if-none-match') ? { ifNoneMatch: ctx.get('if-none-match') } : {}),
      });
      ctx.set('ETag', saved.etag);
      if (saved.created) ctx.status = 201;
      return saved;
    },
    getMatterDraft: async ({ params, ctx }) => {
      const draft = await matters.draft(params.id);
      ctx.set('ETag', draft.etag);
      return draft;
    },
    discardMatterDraft: async ({ params, ctx }) => {
      await matters.deleteDraft(params.id, ctx.get('if-match') ? { ifMatch: ctx.get('if-match') } : {});
      ctx.status = 204;
    },
    publishMatter: ({ params, principal, ctx }) => matters.publish(params.id, { by: principal.subject, ...(ctx.get('if-match') ? { ifMatch: ctx.get('if-match') } : {}) }),
    listMatterVersions: ({ params }) => matters.versions(params.id),
    getMatterUse: ({ params }) => matters.usedBy(params.id),
    getMatterChanges: ({ params, query }) => matters.changes(params.id, query.from, query.to),
    compareMatter: ({ params, body }) => matters.compare(params.id, body),
    listDepartments: ({ query }) => departments.list(query.region),
    createDepartment: ({ body, principal }) => departments.create(body, principal.subject, clock.now().toISOString()),
    importCatalogue: async ({ query, principal, ctx }) => {
      const files = await uploadedFilesInMemory(ctx, IMPORT_LIMITS);
      const options = { by: principal.subject, ...(query.region ? { region: query.region } : {}), ...(query.regionName ? { regionName: query.regionName } : {}) };
      return query.dryRun ? imports.preview(files, options) : imports.apply(files, options);
    },
  });
}
