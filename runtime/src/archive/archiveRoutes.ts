// GET /api/applications/:id/archive: the electronic archive (电子归档) of a completed or rejected
// application as a zip (archiveService.ts), for its applicant or an officer of a department involved.
import Type from 'typebox';
import { readableApplication } from '../applications/readableApplication.ts';
import type { Database } from '../db/createDatabase.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure } from '../openapi/responses.ts';
import type { ArchiveService } from './archiveService.ts';

export const archiveApi = declareApi({
  getApplicationArchive: {
    operationId: 'getApplicationArchive',
    method: 'get',
    path: '/api/applications/{id}/archive',
    tags: ['applications'],
    summary: 'Download the electronic archive of an ended application (zip)',
    description:
      "电子归档: a zip of the completed or rejected application — manifest.json (every other file with its SHA-256 and size, the application id, when and for whom it was generated), application.json, form/answers.json and form/data.json, decisions.json, timeline.json, results.json, bundle-version.json (the bundle version it ran on, with the SHA-256 of that definition) and the uploaded files under materials/ with materials/index.json; entries in a fixed order (runtime/README.md describes the layout). The applicant receives everything; an officer of a department with a matter in the application receives that department's share (数据最小化): the fields and files of its own matters, no answers, and the timeline without other departments' details. Roles: citizen (the applicant), officer.",
    // Other roles are answered 404, as for an application they may not read.
    access: 'signedIn',
    security: [{ bearer: ['citizen'] }, { bearer: ['officer'] }],
    params: Type.Object({ id: idParam('The application id (办件编号).') }),
    response: {
      status: 200,
      description: 'The archive.',
      headers: { 'Content-Disposition': { description: 'attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names).', schema: { type: 'string' } } },
      content: { 'application/zip': {} },
    },
    otherResponses: {
      '404': failure(
        "APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles).",
        coded(['APPLICATION_NOT_FOUND']),
      ),
      '409': failure('ARCHIVE_NOT_READY: the application is still in progress or awaiting supplement; it is archived once completed or rejected.', coded(['ARCHIVE_NOT_READY'])),
    },
  },
});

export function archiveRoutes(db: Database, archives: ArchiveService) {
  return mountRoutes(archiveApi, {
    getApplicationArchive: async ({ params, principal, ctx }) => {
      const archive = await archives.zip(await readableApplication(db, params.id, principal), principal);
      ctx.attachment(archive.filename);
      ctx.type = 'application/zip';
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = archive.content;
    },
  });
}
