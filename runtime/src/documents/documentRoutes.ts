// GET /api/applications/:id/receipt and /completion-notice (PDF, the applicant or an officer of a
// department involved), GET /api/bundles/:id/blank-form and /sample-form (PDF, anyone), and
// GET /api/documents/verify/:token (anyone): documentService.ts.
import Type from 'typebox';
import type { Context } from 'koa';
import { readableApplication } from '../applications/readableApplication.ts';
import { BundleIdParams } from '../bundles/bundleSchemas.ts';
import type { Database } from '../db/createDatabase.ts';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { DocumentToken, DocumentVerification, pdfResponse } from './documentSchemas.ts';
import type { DocumentService, PdfFile } from './documentService.ts';

const applicationNotFound = failure(
  "APPLICATION_NOT_FOUND: no such application, or the caller may not read it (another citizen's; an officer of a department with no matter in it; other roles).",
  coded(['APPLICATION_NOT_FOUND']),
);
const fontMissing = failure('DOCUMENT_FONT_MISSING: the server has no Chinese font to make PDFs with (install fonts-noto-cjk or set ONEGO_CJK_FONT); nothing else is affected.', coded(['DOCUMENT_FONT_MISSING']));
const ApplicationIdParams = Type.Object({ id: idParam('The application id (办件编号).') });

export const documentApi = declareApi({
  getApplicationReceipt: {
    operationId: 'getApplicationReceipt',
    method: 'get',
    path: '/api/applications/{id}/receipt',
    tags: ['documents'],
    summary: 'Download the receipt of an application (受理回执, PDF)',
    description:
      '受理回执: who applied (申请人), for which bundle, the matters sent to which department with their committed time limits, the submission time and the application number, and a QR code of the verification link (/verify/<token>, see verifyDocument). The same application gives the same file every time. Roles: citizen (the applicant), officer (of a department with a matter in it).',
    access: 'signedIn',
    security: [{ bearer: ['citizen'] }, { bearer: ['officer'] }],
    params: ApplicationIdParams,
    response: pdfResponse('The receipt.'),
    otherResponses: { '404': applicationNotFound, '503': fontMissing },
  },
  getApplicationCompletionNotice: {
    operationId: 'getApplicationCompletionNotice',
    method: 'get',
    path: '/api/applications/{id}/completion-notice',
    tags: ['documents'],
    summary: 'Download the completion notice of an ended application (办结通知书, PDF)',
    description:
      '办结通知书: the outcome of each matter (准予办理, 不予许可 …) with its time, the certificates issued (证照 and their numbers), and a QR code of the verification link. Once the application is completed or not granted. Roles: citizen (the applicant), officer (of a department with a matter in it).',
    access: 'signedIn',
    security: [{ bearer: ['citizen'] }, { bearer: ['officer'] }],
    params: ApplicationIdParams,
    response: pdfResponse('The completion notice.'),
    otherResponses: {
      '404': applicationNotFound,
      '409': failure('DOCUMENT_NOT_READY: the application is still in progress or awaiting supplement.', coded(['DOCUMENT_NOT_READY'])),
      '503': fontMissing,
    },
  },
  getBundleBlankForm: {
    operationId: 'getBundleBlankForm',
    method: 'get',
    path: '/api/bundles/{id}/blank-form',
    tags: ['documents'],
    summary: 'Download the blank form of a bundle (空白表格, PDF)',
    description:
      '空白表格: the scenario questions and every field of the merged form of all the matters the bundle may include, by their Chinese labels, each with an empty box (choices with a square each), then the materials (份数, 原件/复印件, 出具单位). Of the latest published version. No token needed.',
    access: 'public',
    params: BundleIdParams,
    response: pdfResponse('The blank form.'),
    otherResponses: { '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'), '503': fontMissing },
  },
  getBundleSampleForm: {
    operationId: 'getBundleSampleForm',
    method: 'get',
    path: '/api/bundles/{id}/sample-form',
    tags: ['documents'],
    summary: 'Download the sample form of a bundle (示例样表, PDF)',
    description:
      '示例样表: the blank form filled with made-up values (from each field’s type and format, never real people’s data), each marked 示例, with 示例 across every page. No token needed.',
    access: 'public',
    params: BundleIdParams,
    response: pdfResponse('The sample form.'),
    otherResponses: { '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this id.'), '503': fontMissing },
  },
  verifyDocument: {
    operationId: 'verifyDocument',
    method: 'get',
    path: '/api/documents/verify/{token}',
    tags: ['documents'],
    summary: 'Verify a receipt or completion notice by its QR code',
    description:
      '真伪核验: whether a receipt or completion notice was issued here, and what it certifies — the application number, the bundle, the applicant’s name masked, the submission and completion times, the status and the matters — with no personal data. The web app’s page /verify/<token> (the link in the QR code) shows it in words. No token needed.',
    access: 'public',
    params: Type.Object({ token: DocumentToken }),
    response: { status: 200, description: 'The document is genuine.', schema: DocumentVerification },
    otherResponses: {
      '404': notFound('DOCUMENT_NOT_GENUINE', 'the token was not issued by this server, was altered, or names no application (a completion notice: of an application not ended).'),
    },
  },
});

function sendPdf(ctx: Context, file: PdfFile): void {
  ctx.attachment(file.filename);
  ctx.type = 'application/pdf';
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = file.content;
}

export function documentRoutes(db: Database, publicUrl: string | undefined, documents: DocumentService) {
  // Where the verification links of documents point: the configured public address, else this request's.
  const origin = (ctx: Context) => publicUrl ?? `${ctx.protocol}://${ctx.host}`;
  return mountRoutes(documentApi, {
    getApplicationReceipt: async ({ params, principal, ctx }) => {
      sendPdf(ctx, await documents.receipt(await readableApplication(db, params.id, principal), principal, origin(ctx)));
    },
    getApplicationCompletionNotice: async ({ params, principal, ctx }) => {
      sendPdf(ctx, await documents.completionNotice(await readableApplication(db, params.id, principal), principal, origin(ctx)));
    },
    getBundleBlankForm: async ({ params, ctx }) => {
      sendPdf(ctx, await documents.form(params.id, 'blank'));
    },
    getBundleSampleForm: async ({ params, ctx }) => {
      sendPdf(ctx, await documents.form(params.id, 'sample'));
    },
    verifyDocument: ({ params, lang }) => documents.verify(params.token, lang),
  });
}
