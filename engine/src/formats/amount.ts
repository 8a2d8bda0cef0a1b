// An amount of money in yuan (元): a finite number with at most two decimals (fen, 分).
export function isAmount(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const fen = value * 100;
  return Math.abs(fen - Math.round(fen)) < 1e-6 * Math.max(1, Math.abs(fen));
}
