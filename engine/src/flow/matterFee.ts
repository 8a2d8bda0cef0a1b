// 收费: a matter whose fee is paid online through the payment connector (非税支付) — charged, with an
// amount. Amounts are decimal strings in yuan in the definition and whole 分 (fen) in arithmetic, never
// floating point: "20.5" is 2050 fen, shown as "20.50".
import type { LocalizedText, Matter } from '@onego/schemas/types';

export interface OnlineFee {
  /** The amount in yuan with two decimals ("20.00"). */
  amount: string;
  /** The amount in fen (分), exact. */
  amountFen: number;
  /** 收费依据, when the matter names it. */
  basis?: LocalizedText;
}

/** "20" / "20.5" / "20.50" → 2050; a string that is not such an amount → undefined. */
export function yuanToFen(amount: string): number | undefined {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 2050 → "20.50". */
export function fenToYuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The fee the applicant pays online before the matter is handled, or undefined (free, or paid elsewhere). */
export function onlineFee(matter: Pick<Matter, 'fee'>): OnlineFee | undefined {
  const fee = matter.fee;
  if (fee?.charged !== true || fee.amount === undefined) return undefined;
  const amountFen = yuanToFen(fee.amount);
  if (amountFen === undefined || amountFen <= 0) return undefined;
  return { amount: fenToYuan(amountFen), amountFen, ...(fee.basis ? { basis: fee.basis } : {}) };
}
