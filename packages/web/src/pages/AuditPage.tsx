import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { adminApi, auditApi } from '../api/endpoints';
import { usePreferences } from '../app/preferences';
import { useResource } from '../app/use-resource';
import { TableWrap } from '../components/TableWrap';
import { LoadError, Loading } from '../components/StatusMessage';

/** Who read or changed a record, when and from where (the hash-chained audit log). */
export function AuditPage() {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const [params] = useSearchParams();
  const recordType = params.get('recordType') ?? undefined;
  const recordId = params.get('recordId') ?? undefined;
  const entries = useResource((signal) => auditApi.list({ recordType, recordId, limit: 200 }, signal), [recordType, recordId]);
  // Names of the organisation's users where the viewer may list them; ids otherwise.
  const users = useResource((signal) => adminApi.users(signal).catch(() => ({ items: [], next: null })), []);
  const who = (id: string | null) => (id ? (users.data?.items.find((u) => u.id === id)?.displayName ?? id) : '—');
  const oneRecord = recordId !== undefined;
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      {recordId ? (
        <p>
          {t('audit.record')}: <code dir="ltr">{recordId}</code>
        </p>
      ) : null}
      {entries.error ? <LoadError error={entries.error} onRetry={entries.reload} /> : null}
      {!entries.data && !entries.error ? <Loading /> : null}
      {entries.data && entries.data.items.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {entries.data && entries.data.items.length > 0 ? (
        <TableWrap label={t('audit.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                {oneRecord ? null : <th scope="col">{t('audit.record')}</th>}
                <th scope="col">{t('audit.from')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
                  </td>
                  <td>
                    <bdi>{who(e.actorUserId)}</bdi>
                  </td>
                  <td dir="ltr">{e.action}</td>
                  {oneRecord ? null : (
                    <td dir="ltr">
                      {e.recordType}
                      {e.recordId ? ` ${e.recordId}` : ''}
                    </td>
                  )}
                  <td dir="ltr">{e.ip ?? '—'}</td>
                  <td dir="ltr">
                    <code>{Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : ''}</code>
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
