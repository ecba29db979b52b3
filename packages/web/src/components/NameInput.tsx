import { otherScriptForms } from '@kinlink/names';
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from './form/inputs';

/**
 * A name field that accepts any script and shows, as the user types, how the name reads in the other
 * scripts (Latin, Cyrillic, Arabic) — so a volunteer can check with the person or the interpreter.
 */
export function NameInput(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(props.value);
  const forms = useMemo(() => (deferred.trim() === '' ? [] : otherScriptForms(deferred)), [deferred]);
  const after =
    forms.length > 0 ? (
      <ul className="other-scripts" aria-label={t('person.otherScripts')} id={`${props.id}-scripts`} aria-live="polite">
        {forms.map((f) => (
          <li key={f.script}>
            <span className="other-scripts__script">{t(`script.${f.script}`)}</span>
            <bdi className={`name${f.script === 'arabic' ? ' script-arabic' : ''}`} dir="auto">
              {f.text}
            </bdi>
          </li>
        ))}
      </ul>
    ) : null;
  return (
    <TextInput
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      hint={props.hint}
      required={props.required}
      dir="auto"
      autoComplete="off"
      after={after}
      className="name-field"
    />
  );
}
