import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchesApi } from '../api/endpoints';
import { matchPath, nameInCase, recordPath, shortReference } from '../app/display';
import { usePreferences } from '../app/preferences';
import { useResource } from '../app/use-resource';
import { TableWrap } from '../components/TableWrap';
import { LoadError, Loading } from '../components/StatusMessage';

/** Potential matches of my open cases waiting for a person to decide, best first. */
export function MatchesPage() {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const matches = useResource((signal) => matchesApi.waitingForMe(signal), []);
  if (matches.error) return <LoadError error={matches.error} onRetry={matches.reload} />;
  if (!matches.data) return <Loading />;
  const items = matches.data;
  return (
    <section>
      <h1>{t('matches.title')}</h1>
      {items.length === 0 ? <p>{t('matches.empty')}</p> : null}
      {items.length > 0 ? (
        <TableWrap label={t('matches.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('matches.probability')}
                </th>
                <th scope="col">{t('matches.left')}</th>
                <th scope="col">{t('matches.right')}</th>
                <th scope="col">{t('cases.reference')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('matches.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.id}>
                  <td className="num">{fmt.percent(m.probability)}</td>
                  <td>
                    <bdi className="name">{nameInCase(m.caseOf, m.left.recordId ?? '') ?? nameInCase(m.caseOf, m.right.recordId ?? '') ?? '—'}</bdi>
                  </td>
                  <td>{t('matches.kind', { kind: m.right.recordType })}</td>
                  <td>
                    <Link to={recordPath('cases', m.caseOf.id)}>{shortReference(m.caseOf.id)}</Link>
                  </td>
                  <td>
                    <Link to={matchPath(m.id, m.caseOf.id)}>{t('matches.open')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
