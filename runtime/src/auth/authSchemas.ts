// The shapes of signing in: the roles, the dev login (ONEGO_DEV_LOGIN=1 only) and how to sign in here.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, localized } from '../http/apiSchemas.ts';
import { ENTERPRISE_ROLES, ROLES } from './principal.ts';

const Enterprise = component(
  'Enterprise',
  closed(
    {
      creditCode: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: 'The unified social credit code (统一社会信用代码, 18 characters with its check character).' }),
      name: Type.String({ minLength: 1, maxLength: 200, description: 'The enterprise name (企业名称).' }),
      role: Type.Enum(ENTERPRISE_ROLES, { type: 'string', description: 'The user\'s role in the enterprise: legalRepresentative (法定代表人) or agent (经办人, authorised by it).' }),
    },
    { description: 'An enterprise user (法人): the enterprise they act for. Its applications (of bundles for enterprises) belong to it: every authorised user of it sees them.' },
  ),
);

const Role = component(
  'Role',
  Type.Enum(ROLES, { type: 'string', description: 'citizen (群众/企业), officer (部门审批人员, of one department), designer (一件事设计人员), admin.' }),
);

export const DevLoginRequest = component(
  'DevLoginRequest',
  Type.Object(
    {
      role: Role,
      subject: Type.String({ minLength: 1, maxLength: 200, description: 'Who signs in (any non-empty id).' }),
      department: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The department id (e.g. health); required for an officer, ignored for other roles.' })),
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A display name (姓名), shown to colleagues and in the timeline.' })),
      positions: Type.Optional(
        Type.Array(Type.String({ minLength: 1, maxLength: 50 }), {
          maxItems: 20,
          description: "An officer's positions within their department (岗位, e.g. 窗口人员, 经办人, 科室负责人): the handler roles of review steps they may take. Ignored for other roles.",
        }),
      ),
      enterprise: Type.Optional(Enterprise),
      idNumber: Type.Optional(
        Type.String({
          pattern: '^[0-9]{17}[0-9Xx]$',
          description:
            "A citizen's resident ID number (公民身份号码, with a valid check digit), carried in the token: the data-sharing connector finds the citizen's records by it (by subject without it). Ignored for other roles.",
        }),
      ),
    },
    { if: { properties: { role: { const: 'officer' } } }, then: { required: ['department'] } },
  ),
);

export const DevLogin = component(
  'DevLogin',
  closed({
    token: Type.String({ description: 'A bearer token (HS256 JWT, 12 hours) to send as `Authorization: Bearer <token>`.' }),
    subject: Type.String(),
    role: Role,
    department: Type.Optional(Type.String({ description: 'Only for an officer.' })),
    name: Type.Optional(Type.String({ description: 'The display name, when given.' })),
    positions: Type.Optional(Type.Array(Type.String(), { description: "Only for an officer who gave positions." })),
    idNumber: Type.Optional(Type.String({ description: 'Only for a citizen who gave one (upper-case X).' })),
    enterprise: Type.Optional(Enterprise),
  }),
);

export const SignInMethods = component(
  'SignInMethods',
  closed({
    devLogin: Type.Boolean({ description: 'POST /api/auth/dev-login exists (ONEGO_DEV_LOGIN=1).' }),
    identityProvider: Type.Union([closed({ issuer: Type.String({ format: 'uri', description: 'The issuer (ONEGO_OIDC_ISSUER); sign in there.' }) }), Type.Null()], {
      description: 'The identity provider whose tokens are accepted, or null.',
    }),
  }),
);

export const DemoOfficer = component(
  'DemoOfficer',
  closed(
    {
      subject: Type.String({ description: 'The subject to sign in with (POST /api/auth/dev-login).' }),
      name: Type.String({ description: 'The display name to sign in with: the department and the position (公安局科室负责人).' }),
      department: Type.String({ description: 'The department record id to sign in with.' }),
      position: Type.String({ description: 'The position (岗位) to sign in with, as review steps name it (窗口人员, 经办人, 科室负责人 …).' }),
      departmentName: localized('The department.'),
      regionName: Type.Optional(Type.String({ description: "The department's region, when known (河南省)." })),
      steps: Type.Array(Type.String(), { description: 'The steps this position takes, "<matter> · <step>" in the response language; （负责）/(lead) where it leads the step rather than handling it.' }),
    },
    { description: '示例工作人员: an officer of a department holding one position that review steps name, to sign in as with dev login.' },
  ),
);
