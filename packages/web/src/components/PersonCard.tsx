import type { Person } from '@kinlink/core';
import { detectScript } from '@kinlink/names';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../app/preferences';

const PARTS = [
  ['given', 'person.givenName'],
  ['family', 'person.familyName'],
  ['father', 'person.fatherName'],
  ['grandfather', 'person.grandfatherName'],
  ['mother', 'person.motherName'],
  ['other', 'person.otherNames'],
] as const;

/** A person's identity as told: every written form of every name, in its own script and direction. */
export function PersonCard(props: { person: Partial<Person> & { masked?: string[] } }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const p = props.person;
  const birth = p.birth;
  return (
    <dl className="facts">
      {PARTS.map(([part, label]) => {
        const written = p.names?.[part] ?? [];
        if (written.length === 0) return null;
        return (
          <div key={part} style={{ display: 'contents' }}>
            <dt>{t(label)}</dt>
            <dd>
              {written.map((n, i) => (
                <bdi key={i} className={`name${detectScript(n.value) === 'arabic' ? ' script-arabic' : ''}`} dir="auto">
                  {i > 0 ? ' · ' : ''}
                  {n.value}
                </bdi>
              ))}
            </dd>
          </div>
        );
      })}
      {p.sex ? (
        <>
          <dt>{t('person.sex')}</dt>
          <dd>{t(`sex.${p.sex}`)}</dd>
        </>
      ) : null}
      {birth ? (
        <>
          <dt>{birth.kind === 'date' ? t('person.birthDate') : t('person.estimatedAge')}</dt>
          <dd>
            {birth.kind === 'date' ? fmt.partialDate(birth.date) : `${t('person.age', { age: birth.years })} (${fmt.date(birth.at)})`}
          </dd>
        </>
      ) : null}
      {p.birthPlace ? (
        <>
          <dt>{t('person.birthPlace')}</dt>
          <dd>
            <bdi>{p.birthPlace}</bdi>
          </dd>
        </>
      ) : null}
      {p.nationalities && p.nationalities.length > 0 ? (
        <>
          <dt>{t('person.nationality')}</dt>
          <dd dir="ltr">{p.nationalities.join(', ')}</dd>
        </>
      ) : null}
      {p.phones && p.phones.length > 0 ? (
        <>
          <dt>{t('person.phone')}</dt>
          <dd dir="ltr">{p.phones.map((ph) => ph.number).join(', ')}</dd>
        </>
      ) : null}
      {p.lastKnownPlaces && p.lastKnownPlaces.length > 0 ? (
        <>
          <dt>{t('person.lastKnownPlace')}</dt>
          <dd>
            <bdi>{p.lastKnownPlaces.map((k) => k.place).join(', ')}</bdi>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
