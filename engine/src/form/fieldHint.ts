// The hint a citizen reads with a field before typing: its description, then how to write the value in
// plain words with an example (24 小时制，如 14:35; 填写 300 到 8000 之间的整数). Never a pattern or a type name.
import { formatGuideHint } from '../i18n/formatGuides.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import type { ValueSpec } from './valueSpec.ts';

/** An example as the citizen would write it (amounts with two decimals). */
export function exampleText(format: string | undefined, example: unknown): string | undefined {
  if (format === 'amount' && typeof example === 'number') return example.toFixed(2);
  if (typeof example === 'string' || typeof example === 'number' || typeof example === 'boolean') return String(example);
  return undefined;
}

function rangeHint(spec: ValueSpec, lang: Lang): string | undefined {
  const whole = spec.type === 'integer';
  const { minimum: min, maximum: max } = spec;
  if (lang === 'zh') {
    const noun = whole ? '整数' : '数字';
    if (min !== undefined && max !== undefined) return `填写 ${min} 到 ${max} 之间的${noun}`;
    if (min !== undefined) return `填写不小于 ${min} 的${noun}`;
    if (max !== undefined) return `填写不大于 ${max} 的${noun}`;
    return whole ? '填写整数' : undefined;
  }
  const noun = whole ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  if (max !== undefined) return `${noun} of at most ${max}`;
  return whole ? noun : undefined;
}

function valueHint(spec: ValueSpec, lang: Lang): string | undefined {
  if (spec.enum || spec.type === 'boolean') return undefined;
  const example = exampleText(spec.format, spec.example);
  if (spec.format) return formatGuideHint(spec.format, lang, example);
  if (spec.type === 'integer' || spec.type === 'number') {
    const range = rangeHint(spec, lang);
    if (range && example !== undefined) return lang === 'zh' ? `${range}，如 ${example}` : `${range}, for example ${example}`;
    return range;
  }
  if (example !== undefined && spec.patterns.length > 0) return lang === 'zh' ? `如 ${example}` : `for example ${example}`;
  return undefined;
}

/** The description and the value hint of a field, or undefined when there is nothing to say. */
export function fieldHint(spec: ValueSpec, lang: Lang): string | undefined {
  const hint = valueHint(spec, lang) ?? '';
  const parts = [spec.description ? inLang(spec.description, lang) : '', lang === 'en' ? hint.charAt(0).toUpperCase() + hint.slice(1) : hint].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
