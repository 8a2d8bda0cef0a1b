// What a phone number and an e-mail address must look like to receive notifications.

/** A mainland China mobile number: 11 digits starting with 1 (no country code, no spaces). */
export const isMobileNumber = (value: string): boolean => /^1[3-9]\d{9}$/.test(value);

/** An e-mail address: something@domain.tld, at most 254 characters. */
export const isEmailAddress = (value: string): boolean => value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
