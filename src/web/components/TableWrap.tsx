// Wide tables scroll sideways inside their own box instead of widening the page (200 % zoom,
// phones). The box is a labelled, focusable region so keyboard users can scroll it too.
import type { ReactNode } from 'react';

export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
