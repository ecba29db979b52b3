import type { ButtonHTMLAttributes, ReactNode } from 'react';

/** A button that stays usable-looking while busy, says so to assistive technology, and cannot double-submit. */
export function Button(
  props: ButtonHTMLAttributes<HTMLButtonElement> & { busy?: boolean; busyLabel?: ReactNode; variant?: 'primary' | 'secondary' | 'danger' | 'link' },
) {
  const { busy, busyLabel, variant = 'secondary', className, children, disabled, type, ...rest } = props;
  return (
    <button
      {...rest}
      type={type ?? 'button'}
      className={`btn btn--${variant}${className ? ` ${className}` : ''}`}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : null}
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
