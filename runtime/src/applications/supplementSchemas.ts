// The shapes of the supplement routes (补正 / 容缺): what the application waits for from its applicant,
// and what the applicant sends.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { anyObject, closed, definitionRef, localized, nullableInstant, nullableText, uuid } from '../http/apiSchemas.ts';
import { ApplicationStatus } from './applicationSchemas.ts';

export const SupplementView = component(
  'SupplementView',
  closed(
    {
      applicationId: uuid(),
      status: ApplicationStatus,
      matters: Type.Array(
        closed({
          matterId: Type.String(),
          name: localized('Matter name.'),
          department: Type.Union([Type.String(), Type.Null()]),
          departmentName: localized('Department name.'),
          reason: Type.Enum(['returned', 'owed'], { description: 'returned: 补正 (the clock stopped); owed: materials owed after 容缺受理 (the matter goes on).' }),
          requestedAt: nullableInstant('When it was returned (null for owed materials).'),
          comment: Type.Union([Type.String(), Type.Null()]),
          fields: Type.Array(Type.String(), { description: 'JSON Pointers of the fields to correct.' }),
          materials: Type.Array(
            closed({
              materialId: Type.String(),
              name: localized('Material name.'),
              key: Type.Boolean(),
              commitment: nullableText('The commitment text the applicant may sign instead (告知承诺), or null.'),
              upload: Type.Union([definitionRef<unknown>('matter', '/$defs/uploadLimits'), Type.Null()]),
            }),
          ),
        }),
        { description: 'The matters that wait for the applicant, in bundle order.' },
      ),
      editable: Type.Array(Type.String(), { description: 'The only JSON Pointers the applicant may change.' }),
      form: closed({
        schema: anyObject('The merged form (JSON Schema).'),
        uiSchema: anyObject("The merged form's uiSchema with every field but the editable ones ui:readonly."),
      }),
      data: anyObject('The application data as submitted (prefilled, locked but for the editable fields).'),
    },
    { description: '补正: what the application waits for from the applicant, and the form to correct it in.' },
  ),
);

export const SupplementRequest = component(
  'SupplementRequest',
  Type.Object(
    {
      data: Type.Optional(anyObject('The application data; omitted: unchanged.')),
      commitments: Type.Optional(Type.Array(Type.String(), { description: 'Requested material ids replaced by a signed commitment (告知承诺).' })),
      matters: Type.Optional(Type.Array(Type.String(), { description: 'The matters supplemented; default every matter that waits for the applicant.' })),
    },
    {
      description:
        '补正 / 容缺补齐: the whole data with only the flagged fields changed, commitments signed for requested materials that allow one, and (optionally) which waiting matters this covers (default all). Every requested material must be provided.',
    },
  ),
);
