import type { TracingCase } from '@kinlink/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casesApi, matchesApi } from '../api/endpoints';
import { personName, shortReference, recordPath, matchPath, nameInCase } from '../app/display';
import { canReviewMatches, canTrace } from '../app/permissions';
import { usePreferences } from '../app/preferences';
import { useUser } from '../app/session';
import { useResource } from '../app/use-resource';
import { CaseStatusBadge } from '../components/CaseStatusBadge';
import { LoadError } from '../components/StatusMessage';

/** A case without news for this long is due a follow-up (RFL practice: contact the enquirer every two weeks). */
export const FOLLOW_UP_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

export function followUpDue(c: Pick<TracingCase, 'updatedAt'>): string {
  return new Date(new Date(c.updatedAt).getTime() + FOLLOW_UP_DAYS * DAY).toISOString();
}

/** Start page: my open cases, matches waiting for review, and the cases due a follow-up. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const user = useUser();
  const tracing = canTrace(user);
  const cases = useResource((signal) => (tracing ? casesApi.list({ assigned: 'mine', limit: 200 }, signal) : Promise.resolve({ items: [], next: null })), [user.id, tracing]);
  const matches = useResource((signal) => (canReviewMatches(user) ? matchesApi.waitingForMe(signal) : Promise.resolve([])), [user.id]);
  // One 'now' per visit of the page, so the lists do not shift while the user reads them.
  const [now] = useState(() => Date.now());
  const open = (cases.data?.items ?? []).filter((c) => c.status === 'open' || c.status === 'in_progress' || c.status === 'draft');
  const due = open.filter((c) => new Date(followUpDue(c)).getTime() <= now).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const waiting = matches.data ?? [];

  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.greeting', { name: user.displayName })}</p>
      <div className="cards">
        {tracing ? (
          <section className="panel" aria-labelledby="mine-h">
            <h2 id="mine-h">{t('dashboard.myOpenCases')}</h2>
            {cases.error ? <LoadError error={cases.error} onRetry={cases.reload} /> : null}
            <p className="stat">{t('dashboard.openCount', { count: open.length })}</p>
            <ul className="plain-list">
              {open.slice(0, 8).map((c) => (
                <li key={c.id}>
                  <Link to={recordPath('cases', c.id)}>{shortReference(c.id)}</Link> <bdi className="name">{c.sought.map((s) => personName(s.person)).join(', ')}</bdi> <CaseStatusBadge value={c} />
                </li>
              ))}
            </ul>
            {open.length > 8 ? <Link to="/cases?mine=1">{t('app.loadMore')}</Link> : null}
          </section>
        ) : null}
        {canReviewMatches(user) ? (
          <section className="panel" aria-labelledby="matches-h">
            <h2 id="matches-h">{t('dashboard.matchesWaiting')}</h2>
            {matches.error ? <LoadError error={matches.error} onRetry={matches.reload} /> : null}
            <p className="stat">{t('dashboard.matchCount', { count: waiting.length })}</p>
            <ul className="plain-list">
              {waiting.slice(0, 8).map((m) => (
                <li key={m.id}>
                  <Link to={matchPath(m.id, m.caseOf.id)}>{fmt.percent(m.probability)}</Link>{' '}
                  <bdi className="name">{nameInCase(m.caseOf, m.left.recordId ?? '') ?? nameInCase(m.caseOf, m.right.recordId ?? '') ?? '—'}</bdi>{' '}
                  <span className="muted">({t('matches.kind', { kind: m.right.recordType })})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {tracing ? (
          <section className="panel" aria-labelledby="due-h">
            <h2 id="due-h">{t('dashboard.followUpsDue')}</h2>
            <p className="stat">{t('dashboard.followUpCount', { count: due.length })}</p>
            <ul className="plain-list">
              {due.slice(0, 8).map((c) => (
                <li key={c.id}>
                  <Link to={recordPath('cases', c.id)}>{shortReference(c.id)}</Link>{' '}
                  <span className="muted">{t('dashboard.dueOn', { date: fmt.date(followUpDue(c)) })}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </section>
  );
}
