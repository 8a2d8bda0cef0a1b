// Who applies besides the applicant (partyService.ts holds the rules): the applicant reads who their draft
// names and who confirmed it; a named person lists what waits for them, reads it and confirms (a
// co-applicant) or consents (the person a proxy applies for).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { bodyLimits, coded, failure, notFound } from '../openapi/responses.ts';
import { CoApplication, CoApplicationSummary, Confirmation, DraftParty } from './partySchemas.ts';
import type { PartyService } from './partyService.ts';

const notNamed = failure(
  'COAPPLICANT_NOT_NAMED: the draft does not name the caller (by the resident ID number of their sign-in, and the name when the sign-in gives one), or it is their own.',
  coded(['COAPPLICANT_NOT_NAMED']),
);
const draftGone = notFound('DRAFT_NOT_FOUND', 'no such draft, or it expired or was submitted.');

export const partyApi = declareApi({
  listDraftParties: {
    operationId: 'listDraftParties',
    method: 'get',
    path: '/api/application-drafts/{id}/parties',
    tags: ['applicants'],
    summary: 'Who a draft names and who confirmed it',
    description:
      "共同申请人 / 被代办人 (citizen, own draft): the co-applicants the bundle asks for, found in the draft's form by the ID number and name data elements the bundle declares (coApplicants), and the person applied for (onBehalfOf), each with whether they confirmed the draft as it is now. Updated at each save of the draft. Role: citizen.",
    access: ['citizen'],
    params: Type.Object({ id: idParam('The draft id.') }),
    response: { status: 200, description: 'The people the draft names.', schema: Type.Array(DraftParty) },
    otherResponses: { '404': notFound('DRAFT_NOT_FOUND', 'no such draft of the caller, or it expired.') },
  },
  listCoApplications: {
    operationId: 'listCoApplications',
    method: 'get',
    path: '/api/co-applications',
    tags: ['applicants'],
    summary: 'Applications waiting for the caller to confirm or consent',
    description:
      "待我确认 (citizen): the unexpired drafts of other applicants that name the caller — by the resident ID number of their sign-in — as a co-applicant or as the person a proxy applies for, last saved first. Empty for a sign-in without an ID number. Role: citizen.",
    access: ['citizen'],
    response: { status: 200, description: 'What waits for the caller.', schema: Type.Array(CoApplicationSummary) },
    otherResponses: {},
  },
  getCoApplication: {
    operationId: 'getCoApplication',
    method: 'get',
    path: '/api/co-applications/{id}',
    tags: ['applicants'],
    summary: 'Read an application the caller is named in, before confirming',
    description: "The bundle, the answers and the data of a draft that names the caller, and the caller's part in it. Role: citizen (the named person).",
    access: ['citizen'],
    params: Type.Object({ id: idParam('The draft id.') }),
    response: { status: 200, description: 'The draft as the named person reads it.', schema: CoApplication },
    otherResponses: { '403': notNamed, '404': draftGone },
  },
  confirmCoApplication: {
    operationId: 'confirmCoApplication',
    method: 'post',
    path: '/api/co-applications/{id}/confirm',
    tags: ['applicants'],
    summary: 'Confirm (co-applicant) or consent to (person applied for) a draft as it is now',
    description:
      "确认共同申请 / 同意代办: records that the caller confirmed the draft's answers and data as they are now. A confirmation counts for that content only: when the applicant changes the draft afterwards, it must be confirmed again before submission. At submission it goes into the application's timeline (COAPPLICANT_CONFIRMED, PROXY_CONSENTED) at the time it was given. No request body is read. Role: citizen (the named person).",
    access: ['citizen'],
    params: Type.Object({ id: idParam('The draft id.') }),
    response: { status: 200, description: 'The confirmation was recorded.', schema: Confirmation },
    otherResponses: {
      ...bodyLimits,
      '400': failure('BAD_JSON: a body was sent and is not valid JSON. TEXT_TOO_LONG: the id is longer than 200 characters.', coded(['BAD_JSON', 'TEXT_TOO_LONG'])),
      '403': notNamed,
      '404': draftGone,
      '409': failure(
        'COAPPLICANT_ALREADY_CONFIRMED: the caller already confirmed the draft as it is now. DRAFT_CONFLICT: the applicant saved the draft while it was being confirmed (read it again).',
        coded(['COAPPLICANT_ALREADY_CONFIRMED', 'DRAFT_CONFLICT']),
      ),
    },
  },
});

export function partyRoutes(parties: PartyService) {
  return mountRoutes(partyApi, {
    listDraftParties: ({ params, principal }) => parties.ofDraft(params.id, principal),
    listCoApplications: ({ principal, lang }) => parties.namingMe(principal, lang),
    getCoApplication: ({ params, principal, lang }) => parties.coApplication(params.id, principal, lang),
    confirmCoApplication: ({ params, principal }) => parties.confirm(params.id, principal),
  });
}
