import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** id of the field's control, so the link moves focus there. */
  fieldId: string | undefined;
  label: string;
  message: string;
}

/**
 * Shown above a form after a failed save: says what went wrong and links to each field; focused when it
 * appears so keyboard and screen-reader users land on it.
 */
export function ErrorSummary(props: { message: string | undefined; items: readonly SummaryItem[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = props.message !== undefined || props.items.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, props.message, props.items]);
  if (!visible) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      {props.message ? <p className="error-summary__message">{props.message}</p> : null}
      {props.items.length > 0 ? (
        <>
          <p>{t('errors.fixFields', { count: props.items.length })}</p>
          <ul>
            {props.items.map((item, i) => (
              <li key={`${item.fieldId ?? ''}-${i}`}>
                {item.fieldId ? (
                  <a
                    href={`#${item.fieldId}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(item.fieldId as string)?.focus();
                    }}
                  >
                    {item.label}: {item.message}
                  </a>
                ) : (
                  <span>
                    {item.label}: {item.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
