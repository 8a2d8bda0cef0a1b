// A page: its title in the tab (“… - 一件事一次办”) and one h1 that takes the focus when the page opens,
// so a screen reader announces where a link led.
import { useEffect, useRef, type ReactNode } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';

export function Page({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = usePreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === t('app.name') ? title : `${title} - ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
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
