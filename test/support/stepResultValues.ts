// Valid values of the result fields the newborn example's officers record at its review steps (the API
// tests, the browser tests and the benchmark fill them in): a 出生医学证明编号 (a capital letter and 9
// digits) and a child's 公民身份号码 (410105 金水区, born 2026-11-18, sequence 001, GB 11643 check digit 2).
export const RESULT_VALUES: Readonly<Record<string, string>> = {
  'child.birthCertificateNumber': 'Q410123456',
  'child.idNumber': '410105202611180012',
};
