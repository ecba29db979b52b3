import { CasePriority, CaseStatus, type PresentedCase } from '@kinlink/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { casesApi } from '../api/endpoints';
import { personName, shortReference, recordPath } from '../app/display';
import { usePreferences } from '../app/preferences';
import { nameQuery } from '../app/name-search';
import { useDebounced } from '../app/use-debounced';
import { useResource } from '../app/use-resource';
import { Button } from '../components/Button';
import { CaseStatusBadge } from '../components/CaseStatusBadge';
import { Checkbox, Select, TextInput } from '../components/form/inputs';
import { TableWrap } from '../components/TableWrap';
import { LoadError } from '../components/StatusMessage';

/** All cases the user may see, filtered in the URL (so a filtered list can be bookmarked or shared). */
export function CaseListPage() {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const status = params.get('status') ?? '';
  const priority = params.get('priority') ?? '';
  const mine = params.get('mine') === '1';
  const query = useDebounced(q.trim(), 350);
  const [extra, setExtra] = useState<{ key: string; items: PresentedCase[]; next: string | null }>({ key: '', items: [], next: null });

  // The server filters by status and assignment; names (in any script, with the name engine) and
  // priorities are filtered here, over bigger pages.
  const filtering = query !== '' || priority !== '';
  const filters = { status: status || undefined, assigned: mine ? ('mine' as const) : undefined, limit: filtering ? 200 : 25 };
  const key = JSON.stringify(filters);
  const page = useResource((signal) => casesApi.list(filters, signal), [key]);
  const moreItems = extra.key === key ? extra.items : [];
  const next = extra.key === key ? extra.next : (page.data?.next ?? null);
  const matchesName = useMemo(() => nameQuery(query), [query]);
  const loaded = [...(page.data?.items ?? []), ...moreItems].filter((c) => !priority || c.priorities.includes(priority as never));
  // With a name query: only the cases where the name is found, the closest spellings first.
  const items = matchesName
    ? loaded
        .map((c) => ({ c, score: matchesName([c.enquirer, ...c.sought.map((s) => s.person)]) }))
        .filter((x): x is { c: PresentedCase; score: number } => x.score !== undefined)
        .sort((a, b) => b.score - a.score)
        .map((x) => x.c)
    : loaded;

  const setParam = (name: string, value: string) => {
    const nextParams = new URLSearchParams(params);
    if (value) nextParams.set(name, value);
    else nextParams.delete(name);
    setParams(nextParams, { replace: true });
  };

  async function loadMore() {
    if (!next) return;
    const more = await casesApi.list({ ...filters, cursor: next });
    setExtra({ key, items: [...moreItems, ...more.items], next: more.next });
  }

  return (
    <section>
      <div className="page-head">
        <h1>{t('cases.title')}</h1>
        <Link className="btn btn--primary" to="/cases/new">
          {t('nav.newCase')}
        </Link>
      </div>
      <form className="filters panel" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          id="case-search"
          type="search"
          label={t('cases.searchLabel')}
          hint={t('cases.searchHint')}
          value={q}
          onChange={(v) => {
            setQ(v);
            setParam('q', v.trim());
          }}
          dir="auto"
        />
        <Select
          id="case-status"
          label={t('cases.status')}
          value={status}
          onChange={(v) => setParam('status', v)}
          placeholder={t('cases.anyStatus')}
          options={CaseStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          id="case-priority"
          label={t('cases.priority')}
          value={priority}
          onChange={(v) => setParam('priority', v)}
          placeholder={t('cases.anyPriority')}
          options={CasePriority.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <Checkbox id="case-mine" label={t('cases.onlyMine')} checked={mine} onChange={(c) => setParam('mine', c ? '1' : '')} />
      </form>

      {page.error ? <LoadError error={page.error} onRetry={page.reload} /> : null}
      <p role="status" className="muted">
        {page.loading && !page.data ? t('app.loading') : t('app.results', { count: items.length })}
      </p>
      {items.length > 0 ? (
        <TableWrap label={t('cases.title')}>
          <table aria-busy={page.loading}>
            <caption className="visually-hidden">{t('cases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.reference')}</th>
                <th scope="col">{t('cases.enquirer')}</th>
                <th scope="col">{t('cases.sought')}</th>
                <th scope="col">{t('cases.status')}</th>
                <th scope="col">{t('cases.priority')}</th>
                <th scope="col">{t('cases.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={recordPath('cases', c.id)}>{shortReference(c.id)}</Link>
                  </td>
                  <td>
                    <bdi className="name">{personName(c.enquirer)}</bdi>
                  </td>
                  <td>
                    {c.sought.map((s, i) => (
                      <div key={i}>
                        <bdi className="name">{personName(s.person)}</bdi> <span className="muted">({t(`relationship.${s.relationship}`)})</span>
                      </div>
                    ))}
                  </td>
                  <td>
                    <CaseStatusBadge value={c} />
                  </td>
                  <td>
                    {c.priorities.map((p) => (
                      <span key={p} className="badge badge--priority">
                        {t(`priority.${p}`)}
                      </span>
                    ))}
                  </td>
                  <td>
                    <time dateTime={c.updatedAt}>{fmt.date(c.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : !page.loading && !page.error ? (
        <p>{t('cases.empty')}</p>
      ) : null}
      {next ? (
        <div className="actions">
          <Button onClick={() => void loadMore()}>{t('app.loadMore')}</Button>
        </div>
      ) : null}
    </section>
  );
}
