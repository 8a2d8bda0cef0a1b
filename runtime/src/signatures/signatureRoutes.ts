// GET /api/applications/{id}/signatures/{sha256}: the signature (签名) given with the application's 告知承诺.
import Type from 'typebox';
import { idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { sendAttachment } from '../http/sendAttachment.ts';
import { downloadContent } from '../materials/materialSchemas.ts';
import { coded, failure } from '../openapi/responses.ts';
import type { SignatureService } from './signatureService.ts';

export const signatureApi = declareApi({
  downloadSignature: {
    operationId: 'downloadSignature',
    method: 'get',
    path: '/api/applications/{id}/signatures/{sha256}',
    tags: ['applications'],
    summary: 'Download the signature given with a commitment (告知承诺)',
    description:
      '告知承诺签名: the PNG the applicant signed their commitments with (drawn, or their typed name drawn by the portal), as the application view and the task view link it (`commitment.signature.url`); its SHA-256 is in the COMMITMENT_SIGNED timeline event and in the electronic archive. Readable by whoever may read the application: its applicant, an officer of a department with a task in it, an admin. Roles: citizen, officer, admin.',
    access: 'signedIn',
    params: Type.Object({
      id: idParam('The application id (办件编号).'),
      sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'The signature’s SHA-256 (hex).' }),
    }),
    response: downloadContent('The signature, image/png.'),
    otherResponses: {
      '404': failure(
        'APPLICATION_NOT_FOUND: no such application, or the caller may not read it. SIGNATURE_NOT_FOUND: no commitment of the application was signed with it.',
        coded(['APPLICATION_NOT_FOUND', 'SIGNATURE_NOT_FOUND']),
      ),
    },
  },
});

export function signatureRoutes(signatures: SignatureService) {
  return mountRoutes(signatureApi, {
    downloadSignature: async ({ params, principal, ctx }) => {
      sendAttachment(ctx, await signatures.signature(params.id, params.sha256, principal));
    },
  });
}
