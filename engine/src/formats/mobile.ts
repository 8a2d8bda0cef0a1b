// Mainland China mobile number (手机号码): 11 digits, 1 then 3–9 (the allocated segments).
export function isMobileNumber(value: string): boolean {
  return /^1[3-9][0-9]{9}$/.test(value);
}

// Postal code (邮政编码): six digits, the first not 0 except the 0x ranges in use are 01–07.
export function isPostalCode(value: string): boolean {
  return /^(0[1-7]|[1-8][0-9])[0-9]{4}$/.test(value);
}
