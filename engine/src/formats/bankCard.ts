// Bank card number (银行卡号): 12 to 19 digits with a Luhn check digit (ISO/IEC 7812).

export type BankCardProblem = 'shape' | 'checksum';

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function bankCardProblem(value: string): BankCardProblem | null {
  if (!/^[0-9]{12,19}$/.test(value)) return 'shape';
  return luhnValid(value) ? null : 'checksum';
}
