// A page: its title in the tab (“… - 一件事一次办”) and one h1 that takes the focus when a navigation
// opens it, so a screen reader announces where a link led. The page a visit starts on leaves the focus
// at the start of the document, where the skip link is — however often it renders while it loads (the
// router's first location has the key "default"; every navigation gets a new key). A navigation with
// state {keepFocus: true} only renames the page: the focus stays.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePreferences } from '../i18n/preferences.tsx';

export function Page({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = usePreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const { key } = location;
  // A navigation that only names the page anew (state.keepFocus, e.g. a saved draft's address) leaves the focus where it is.
  const keepFocus = (location.state as { keepFocus?: unknown } | null)?.keepFocus === true;
  useEffect(() => {
    document.title = title === t('app.name') ? title : `${title} - ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (key !== 'default' && !keepFocus) heading.current?.focus();
  }, [key, keepFocus]);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
