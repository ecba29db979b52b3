import type { ReactNode } from 'react';
import { isPartialDate } from '@kinlink/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../app/preferences';
import { TextInput } from './form/inputs';

/** A date known to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD), read back in the user's language and calendar. */
export function PartialDateInput(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const value = props.value.trim();
  const reading = value !== '' && isPartialDate(value) ? fmt.partialDate(value) : undefined;
  return (
    <TextInput
      id={props.id}
      label={props.label}
      hint={t('person.birthDateHint')}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required={props.required}
      inputMode="numeric"
      dir="ltr"
      placeholder="YYYY-MM-DD"
      maxLength={10}
      after={
        reading ? (
          <p className="date-reading" aria-live="polite">
            = {reading}
          </p>
        ) : null
      }
    />
  );
}
