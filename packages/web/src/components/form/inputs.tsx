import type { ReactNode } from 'react';
import { Field } from './Field';

interface Common {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  name?: string;
  disabled?: boolean;
  after?: ReactNode;
  className?: string;
}

export function TextInput(
  props: Common & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'search' | 'number' | 'date';
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
    dir?: 'auto' | 'ltr' | 'rtl';
    placeholder?: string;
    lang?: string;
    maxLength?: number;
  },
) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required} id={props.id} after={props.after} className={props.className}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          dir={props.dir}
          lang={props.lang}
          placeholder={props.placeholder}
          disabled={props.disabled}
          maxLength={props.maxLength}
          required={props.required}
        />
      )}
    </Field>
  );
}

export function TextArea(props: Common & { rows?: number; dir?: 'auto' }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required} id={props.id} className={props.className}>
      {(control) => (
        <textarea
          {...control}
          name={props.name}
          rows={props.rows ?? 3}
          dir={props.dir ?? 'auto'}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          disabled={props.disabled}
          required={props.required}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: Common & { options: readonly Option[]; placeholder?: string }) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required} id={props.id} className={props.className}>
      {(control) => (
        <select
          {...control}
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          disabled={props.disabled}
          required={props.required}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of radio buttons in a fieldset whose legend labels the group. */
export function RadioGroup(props: Omit<Common, 'after'> & { options: readonly Option[]; name: string }) {
  const errorId = props.error ? `${props.id ?? props.name}-error` : undefined;
  return (
    <fieldset
      className={`field radio-group${props.error ? ' field--invalid' : ''}`}
      id={props.id}
      aria-describedby={errorId}
      aria-invalid={props.error ? true : undefined}
    >
      <legend className="field__label">{props.label}</legend>
      {props.hint ? <p className="field__hint">{props.hint}</p> : null}
      {props.options.map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
            disabled={props.disabled}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {props.error ? (
        <p id={errorId} className="field__error">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Checkbox(props: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
  error?: string | undefined;
  disabled?: boolean;
}) {
  const errorId = props.error && props.id ? `${props.id}-error` : undefined;
  return (
    <div className={`field checkbox${props.error ? ' field--invalid' : ''}`}>
      <label className="checkbox__label">
        <input
          type="checkbox"
          id={props.id}
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={errorId}
          aria-invalid={props.error ? true : undefined}
          disabled={props.disabled}
        />
        <span>{props.label}</span>
      </label>
      {props.error ? (
        <p id={errorId} className="field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
