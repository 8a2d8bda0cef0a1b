// The reader's preferences, remembered in localStorage: the language (zh by default, English on request)
// and the large-text mode (适老化). They set <html lang> and a class on <html>, and give t() to the app.
import type { Lang } from '@onego/engine';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { format, MESSAGES, type MessageKey } from './messages.ts';

const LANG_KEY = 'onego.lang';
const LARGE_TEXT_KEY = 'onego.largeText';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface Preferences {
  lang: Lang;
  setLang: (lang: Lang) => void;
  largeText: boolean;
  setLargeText: (on: boolean) => void;
  t: Translate;
}

const PreferencesContext = createContext<Preferences | null>(null);

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: defaults, not a broken page
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage disabled: the choice lasts until reload
  }
}

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (stored(LANG_KEY) === 'en' ? 'en' : 'zh'));
  const [largeText, setLargeTextState] = useState(() => stored(LARGE_TEXT_KEY) === '1');

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  const setLang = useCallback((next: Lang) => {
    store(LANG_KEY, next);
    setLangState(next);
  }, []);
  const setLargeText = useCallback((on: boolean) => {
    store(LARGE_TEXT_KEY, on ? '1' : '0');
    setLargeTextState(on);
  }, []);
  const value = useMemo<Preferences>(() => {
    const messages = MESSAGES[lang];
    return { lang, setLang, largeText, setLargeText, t: (key, params) => format(messages, key, params) };
  }, [lang, setLang, largeText, setLargeText]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences outside PreferencesProvider');
  return preferences;
}
