// A wide table's own scroll box (large text or a narrow screen): focusable so that the keyboard can
// scroll it, and named as a region (WCAG 2.1.1; axe scrollable-region-focusable).
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
