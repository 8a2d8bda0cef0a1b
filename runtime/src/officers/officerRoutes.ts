// GET /api/departments/{id}/staff: the officers of the caller's own department, by name (officerDirectory.ts).
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, idParam } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { forbidden } from '../openapi/responses.ts';
import type { OfficerDirectory } from './officerDirectory.ts';

const StaffMember = component(
  'StaffMember',
  closed(
    {
      subject: Type.String({ description: 'Who they are to the identity provider: what assign, transfer, delegate and 加签 name.' }),
      name: Type.String({ description: 'Their display name (the subject when the identity provider gave none).' }),
      positions: Type.Array(Type.String(), { description: 'Their positions within the department (岗位: 窗口人员, 经办人, 科室负责人 …).' }),
    },
    { description: 'An officer of the department, as their last sign-in said.' },
  ),
);

export const officerApi = declareApi({
  listStaff: {
    operationId: 'listStaff',
    method: 'get',
    path: '/api/departments/{id}/staff',
    tags: ['tasks'],
    summary: "The officers of the caller's department",
    description:
      "部门工作人员: the officers of the department, by name, with their positions, as they were recorded when they last signed in (an officer is recorded on their first request with a token): from this list assign, transfer, delegate and 加签 pick a colleague by name. Role: officer of that department.",
    access: ['officer'],
    params: Type.Object({ id: idParam('The department id.') }),
    response: { status: 200, description: 'The officers.', schema: Type.Array(StaffMember) },
    otherResponses: { '403': forbidden("the caller is not an officer of this department (another department's staff is not listed).") },
  },
});

export function officerRoutes(officers: OfficerDirectory) {
  return mountRoutes(officerApi, {
    listStaff: ({ params, principal }) => officers.staff(params.id, principal),
  });
}
