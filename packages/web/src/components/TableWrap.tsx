import type { ReactNode } from 'react';

/** A table that may scroll sideways on a narrow screen; focusable so the keyboard can scroll it too. */
export function TableWrap(props: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
