// /api/applications: a citizen submits once (idempotently), lists and follows their own applications
// (applicationService.ts holds the rules).
import Type from 'typebox';
import { idParam, paging } from '../http/apiSchemas.ts';
import { AppError } from '../http/appError.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { requestSignal } from '../http/requestSignal.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, ok, TEXT_TOO_LONG_TEXT } from '../openapi/responses.ts';
import { Application, ApplicationCreated, ApplicationSummary, SubmitApplication } from './applicationSchemas.ts';
import type { ApplicationService } from './applicationService.ts';

const LOCATION = { Location: { $ref: '#/components/headers/Location' } };
const MAX_KEY_LENGTH = 200;

export const applicationApi = declareApi({
  submitApplication: {
    operationId: 'submitApplication',
    method: 'post',
    path: '/api/applications',
    tags: ['applications'],
    summary: 'Submit an application once (idempotent)',
    description:
      "一次提交 (citizen): asks the data-sharing connector itself (never trusting the client for shared data): the values it provides fill what the data leaves out (秒报), and the 秒批 rules evaluate over the data and the shared data. Then validates the answers and the merged-form data (一表申请) against the bundle's latest version, and creates the application (办件) and every included matter's task in one transaction, keeping the connector's outcome and each value's provenance (shared with source and time, or entered — also when it overrides a shared value). A connector that is down or slow never blocks a submission: nothing is prefilled or waived by it, and every value is entered. Matters with no pending dependency become pending at once, in parallel (并联审批); the others wait for their dependencies. With draftId (保存草稿), the caller's unexpired draft is deleted in the same transaction and the files uploaded to it become the application's (same upload ids, MATERIAL_UPLOADED timeline events at their upload times), for the materials the included matters list (others are dropped with the draft). The Idempotency-Key header makes a retry safe. Checked in this order: JSON body, token and role, body shape, Idempotency-Key, bundle, validation. Role: citizen.",
    access: ['citizen'],
    headers: [{ $ref: '#/components/parameters/IdempotencyKey' }],
    body: { schema: SubmitApplication, description: 'The bundle id, the answers and the data.' },
    response: { status: 201, description: 'The application was created.', schema: ApplicationCreated, headers: LOCATION },
    otherResponses: {
      '200': ok('A retry with the same Idempotency-Key and the same body: the application created the first time; nothing new was created.', ApplicationCreated as never, LOCATION),
      '400': failure(
        `BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (bundleId is not a non-empty string, answers/data is not an object, commitments is not a list of strings …; detail names the field). IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header, or one longer than 200 characters. ${TEXT_TOO_LONG_TEXT} ${JSON_SHAPE_TEXT}`,
        coded(['BAD_JSON', 'BAD_REQUEST', 'IDEMPOTENCY_KEY_REQUIRED', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
      ),
      '403': failure(
        'ENTERPRISE_SIGN_IN_REQUIRED: the bundle is applied for by an enterprise (applicant: enterprise) and the caller did not sign in as an enterprise user (法人: the identity provider\'s legal-person claims).',
        coded(['ENTERPRISE_SIGN_IN_REQUIRED']),
      ),
      '404': notFound('BUNDLE_NOT_FOUND', 'no published bundle has this bundleId.'),
      '409': failure(
        'IDEMPOTENCY_CONFLICT: this Idempotency-Key was already used by this applicant with a different body. BUNDLE_WITHDRAWN: the bundle is off the portal (已下线) and takes no new application (a retry of one submitted before is still answered). COAPPLICANT_CONFIRMATION_PENDING: a required co-applicant the form names has not confirmed exactly this content on the draft (draftId; pending lists them by role and name). PROXY_CONSENT_PENDING: the person applied for (onBehalfOf, basis consent) has not consented to exactly this content on the draft.',
        coded(['IDEMPOTENCY_CONFLICT', 'BUNDLE_WITHDRAWN', 'COAPPLICANT_CONFIRMATION_PENDING', 'PROXY_CONSENT_PENDING']),
      ),
      '422': failure(
        'VALIDATION_FAILED: answers or data are not valid (including data the merged form does not define: the form is closed); errors lists each problem with its JSON Pointer and a message in the response language. NOTHING_INCLUDED: the answers include no matter of the bundle. COMMITMENT_NOT_ALLOWED: a commitment names a material that no included matter allows a commitment (告知承诺) for. PROXY_NOT_A_MINOR: a guardian (onBehalfOf basis guardian) applies for a person whose ID number shows them 18 or older. PROXY_FOR_ONESELF: onBehalfOf names the caller’s own ID number. PROXY_ID_NUMBER_INVALID: onBehalfOf’s ID number is no resident ID number of GB 11643 (a wrong check character, birth date or region; the message names the person). DRAFT_UPLOAD_NOT_ALLOWED: a file uploaded to the draft named by draftId no longer meets the limits of its material for the matters these answers include (uploadId, materialId); nothing is written. SIGNATURE_INVALID: the signature is not a PNG of at most 200 KB, or comes without commitments.',
        coded(['VALIDATION_FAILED'], 'ValidationError'),
        coded(['NOTHING_INCLUDED', 'COMMITMENT_NOT_ALLOWED', 'SIGNATURE_INVALID', 'PROXY_NOT_A_MINOR', 'PROXY_FOR_ONESELF', 'PROXY_ID_NUMBER_INVALID']),
        coded(['DRAFT_UPLOAD_NOT_ALLOWED'], 'DraftUploadNotAllowed'),
      ),
      '429': failure(
        'APPLICATION_QUOTA_EXCEEDED: the applicant already submitted as many applications today (China Standard Time) as allowed (ONEGO_QUOTA_APPLICATIONS_PER_DAY, 20 by default; limit names it); nothing is written; Retry-After (and retryAfterSeconds) is the time to midnight. A retry of a submission already made is still answered. RATE_LIMITED: see the other operations.',
        coded(['RATE_LIMITED']),
        coded(['APPLICATION_QUOTA_EXCEEDED'], 'ApplicationQuotaExceeded'),
      ),
    },
  },
  listApplications: {
    operationId: 'listApplications',
    method: 'get',
    path: '/api/applications',
    tags: ['applications'],
    summary: "List the caller's own applications",
    description: '我的办件 (citizen): the applications the caller submitted, those naming them (co-applicant, person applied for) and an enterprise user\'s enterprise\'s, newest first, paged. X-Total-Count gives how many there are. Role: citizen.',
    access: ['citizen'],
    query: Type.Object(paging('Applications')),
    response: {
      status: 200,
      description: "One page of the caller's applications.",
      schema: Type.Array(ApplicationSummary),
      headers: { 'X-Total-Count': { $ref: '#/components/headers/X-Total-Count' } },
    },
    otherResponses: {},
  },
  getApplication: {
    operationId: 'getApplication',
    method: 'get',
    path: '/api/applications/{id}',
    tags: ['applications'],
    summary: 'Get an application with per-matter status, results and timeline',
    description:
      '办件详情 / 办理进度: the status, each matter’s status and deadline, the issued results (统一发证), the timeline (who, what, when), what shared data provided at submission and the provenance of every value (shared with source and time, or entered). Readable by its applicant (citizen), by the people it names (co-applicants, the person a proxy applied for: by the ID number of their sign-in), by every user of the enterprise it belongs to, by an officer of a department with a task in it, and by an admin; to anyone else it does not exist (404). An officer sees the details (comments, reasons) of timeline entries, the provenance of values and the e-licences used only for the matters of their own department. Any role.',
    access: 'signedIn',
    params: Type.Object({ id: idParam('The application id (办件编号).') }),
    response: { status: 200, description: 'The application.', schema: Application },
    otherResponses: {
      '404': notFound('APPLICATION_NOT_FOUND', 'no such application, or the caller may not read it (another citizen’s, an officer with no task in it, a designer).'),
    },
  },
});

export function applicationRoutes(applications: ApplicationService) {
  return mountRoutes(applicationApi, {
    submitApplication: async ({ body, principal, lang, ctx }) => {
      const key = ctx.get('idempotency-key');
      if (!key || key.length > MAX_KEY_LENGTH) throw new AppError(400, 'IDEMPOTENCY_KEY_REQUIRED');
      const { created, application } = await applications.submit(principal, key, body, lang, requestSignal(ctx));
      ctx.status = created ? 201 : 200;
      ctx.set('Location', `/api/applications/${application.id}`);
      return application;
    },
    listApplications: async ({ query, principal, lang, ctx }) => {
      const { total, applications: page } = await applications.list(principal, query.page ?? 1, query.pageSize ?? 20, lang);
      ctx.set('X-Total-Count', String(total));
      return page;
    },
    getApplication: ({ params, principal, lang }) => applications.get(params.id, principal, lang),
  });
}
