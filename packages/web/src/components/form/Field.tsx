import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a control needs to be labelled and described: spread these onto the <input>/<select>/<textarea>. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the control and announced with it (aria-describedby). */
  error?: string | undefined;
  required?: boolean;
  /** Stable id, so an error summary can link to the field; derived from `name` by default. */
  id?: string;
  /** Text under the control that follows the value (e.g. other-script forms). */
  after?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, a hint and an error message, wired together for assistive technology. */
export function Field(props: FieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  const id = props.id ?? `f${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {props.label}
        {props.required ? (
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(props.error ? { 'aria-invalid': true as const } : {}),
        ...(props.required ? { 'aria-required': true as const } : {}),
      })}
      {props.error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('errors.validation')} </span>
          {props.error}
        </p>
      ) : null}
      {props.after}
    </div>
  );
}
