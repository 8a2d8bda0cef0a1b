// Patterns are compiled without the `u` flag (see createAjv): refuse those that need it or do not compile.
import type { Bilingual } from '../form/valueSpec.ts';

const NEEDS_UNICODE_FLAG = /\\[pP]\{|\\u\{/;

/** Why a pattern cannot be used in a OneGo form, or null. */
export function patternProblem(pattern: string): Bilingual | null {
  if (NEEDS_UNICODE_FLAG.test(pattern)) {
    return {
      zh: `正则表达式 ${pattern} 使用了 \\p{…} 或 \\u{…}，请改用明确的字符范围，如 [\\u4e00-\\u9fa5]`,
      en: `the pattern ${pattern} uses \\p{…} or \\u{…}; use explicit ranges such as [\\u4e00-\\u9fa5]`,
    };
  }
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { zh: `正则表达式无效：${reason}`, en: `invalid pattern: ${reason}` };
  }
}
