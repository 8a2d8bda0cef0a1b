/** The languages OneGo speaks: Chinese first, English on request. */
export type Lang = 'zh' | 'en';

export interface Text {
  zh: string;
  en?: string;
}

/** The text in the wanted language, falling back to Chinese. */
export function inLang(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}
