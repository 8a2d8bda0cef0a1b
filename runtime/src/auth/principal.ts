// Who is calling: a subject with one role; officers belong to a department.
export const ROLES = ['citizen', 'officer', 'designer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  subject: string;
  role: Role;
  department?: string;
  /** A display name from the identity provider (姓名), when the token carries one. */
  name?: string;
  /** An officer's positions within their department (岗位: 窗口人员, 经办人, 科室负责人 …): the handler roles of review steps they may take. */
  positions?: readonly string[];
  /** A citizen's resident ID number (公民身份号码) when the token carries it: how shared data finds their records. */
  idNumber?: string;
  /** A citizen's mobile number and e-mail address from the identity provider (OIDC `phone_number`, `email`): offered for SMS and e-mail notifications. */
  phone?: string;
  email?: string;
  /** An enterprise user (法人): the enterprise they act for, from the identity provider's legal-person claims. A citizen role. */
  enterprise?: EnterpriseIdentity;
}

/** How a user stands to their enterprise: 法定代表人 (legal representative) or 经办人 (an authorised agent). */
export const ENTERPRISE_ROLES = ['legalRepresentative', 'agent'] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export interface EnterpriseIdentity {
  /** 统一社会信用代码 (GB 32100, with its check character). */
  creditCode: string;
  name: string;
  role: EnterpriseRole;
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
