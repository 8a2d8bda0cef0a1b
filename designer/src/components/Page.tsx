// A page: its title in the tab (“… - 一件事一次办”) and one h1 that takes the focus when a navigation
// opens it, so a screen reader announces where a link led. The first page of a visit leaves the focus
// at the start of the document, where the skip link is.
import { useEffect, useRef, type ReactNode } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';

let firstPage = true;

export function Page({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = usePreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === t('app.name') ? title : `${title} - ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
