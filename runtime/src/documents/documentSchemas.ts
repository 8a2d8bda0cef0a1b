// The shapes of the document routes: a PDF's response, and what a verification says.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, localized, nullableInstant } from '../http/apiSchemas.ts';

export const pdfResponse = (description: string) => ({
  status: 200 as const,
  description,
  headers: { 'Content-Disposition': { description: 'attachment, with the file name (filename*: UTF-8, percent-encoded, for Chinese names).', schema: { type: 'string' } } },
  content: { 'application/pdf': {} },
});

export const DocumentToken = Type.String({
  maxLength: 300,
  description: 'The token of a document’s QR code (the last part of its verification link): signed by the server, it cannot be guessed or made for another application.',
});

export const DocumentVerification = component(
  'DocumentVerification',
  closed(
    {
      genuine: Type.Literal(true, { description: 'The document was issued by this platform (a token that was not is answered 404 DOCUMENT_NOT_GENUINE).' }),
      document: Type.Union([Type.Literal('receipt'), Type.Literal('completion-notice')], { description: 'receipt (受理回执) or completion-notice (办结通知书).' }),
      applicationNumber: Type.String({ description: 'The application number (办件编号) printed on the document.' }),
      bundleName: localized('The bundle (一件事) applied for.'),
      applicant: Type.String({ description: 'The applicant’s name with all but its first character masked (张**); — when the form gave none.' }),
      submittedAt: instant('When the application was submitted (受理).'),
      status: Type.String({ description: 'The application’s status now: in_progress, awaiting_supplement, completed, rejected.' }),
      endedAt: nullableInstant('When it was completed or not granted (办结); null while in progress.'),
      matters: Type.Array(
        closed({
          name: localized('The matter.'),
          department: localized('Its department.'),
          status: Type.String({ description: 'waiting, pending, returned, approved, rejected or cancelled.' }),
        }),
        { description: 'The matters of the application, in the bundle’s order.' },
      ),
    },
    { description: '核验结果: what a receipt or completion notice certifies, without personal data (the name masked, no form values, no certificate numbers).' },
  ),
);
