// GET /api/applications/{id}/results/{matterId}/licence: the applicant downloads an issued e-licence (电子证照).
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { sendAttachment } from '../http/sendAttachment.ts';
import { downloadContent } from '../materials/materialSchemas.ts';
import { coded, failure, forbidden } from '../openapi/responses.ts';
import type { LicenceService } from './licenceService.ts';

export const licenceApi = declareApi({
  downloadLicence: {
    operationId: 'downloadLicence',
    method: 'get',
    path: '/api/applications/{id}/results/{matterId}/licence',
    tags: ['applications'],
    summary: 'Download an issued e-licence',
    description:
      "下载电子证照: the e-licence the issuing system issued for one matter's result at unified issuance (统一发证), as it delivered it (a PDF of the licence's face data with the example provider), with a Content-Disposition attachment naming the licence and its number. Only the application's applicant may download it. Role: citizen (the applicant).",
    access: ['citizen'],
    params: Type.Object({
      id: idParam('The application id (办件编号).'),
      matterId: idParam('The matter whose result it is (IssuedResult.matterId).'),
    }),
    response: downloadContent('The e-licence: PDF, OFD or JSON, as the issuing system issued it.'),
    otherResponses: {
      '403': forbidden('the caller is not a citizen.'),
      '404': failure(
        "APPLICATION_NOT_FOUND: no such application, or another citizen's. LICENCE_NOT_FOUND: the matter's result has no e-licence (not issued yet, or not issued electronically).",
        coded(['APPLICATION_NOT_FOUND', 'LICENCE_NOT_FOUND']),
      ),
    },
  },
});

export function licenceRoutes(licences: LicenceService) {
  return mountRoutes(licenceApi, {
    downloadLicence: async ({ params, principal, ctx }) => {
      sendAttachment(ctx, await licences.licence(params.id, params.matterId, principal));
    },
  });
}
