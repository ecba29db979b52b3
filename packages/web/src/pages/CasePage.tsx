import {
  availableCaseActions,
  CaseAction,
  CaseTrack,
  ClosureReason,
  DataCategory,
  LegalBasis,
  TimelineEntryInput,
  TracingAction,
  TracingStatus,
  TransferDecision,
  TransferInput,
  type TimelineEntry,
  type TracingCase,
} from '@kinlink/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { adminApi, casesApi, matchesApi, transfersApi } from '../api/endpoints';
import { personName, shortReference, matchPath, nameInCase } from '../app/display';
import { usePreferences } from '../app/preferences';
import { can, canReadAudit, canReviewMatches } from '../app/permissions';
import { useUser } from '../app/session';
import { asApiError, useResource } from '../app/use-resource';
import { Button } from '../components/Button';
import { CaseStatusBadge } from '../components/CaseStatusBadge';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { Checkbox, Select, TextArea } from '../components/form/inputs';
import { PersonCard } from '../components/PersonCard';
import { CaseEditPanel } from './CaseEditPanel';
import { LoadError, Loading, useErrorText, useIssueText } from '../components/StatusMessage';

/** One case: who is looking for whom, what happened, what to do next. */
export function CasePage() {
  const { t } = useTranslation();
  const { '*': id = '' } = useParams();
  const user = useUser();
  const caseResource = useResource((signal) => casesApi.get(id, signal), [id]);
  const timeline = useResource((signal) => casesApi.timeline(id, signal), [id]);
  const [updated, setUpdated] = useState<TracingCase | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [assignError, setAssignError] = useState<string | undefined>(undefined);
  const errorText = useErrorText();
  const current = updated && updated.id === id ? updated : caseResource.data;

  if (caseResource.error && !current) return <LoadError error={caseResource.error} onRetry={caseResource.reload} />;
  if (!current) return <Loading />;

  const onChanged = (c?: TracingCase) => {
    if (c) setUpdated(c);
    timeline.reload();
  };

  return (
    <article>
      <div className="page-head">
        <h1>
          {t('casePage.title', { reference: shortReference(current.id) })} <CaseStatusBadge value={current} />
        </h1>
        <div className="actions">
          {can(user, 'case.update') && !editing && current.organisationId === user.organisationId ? <Button onClick={() => setEditing(true)}>{t('app.edit')}</Button> : null}
          {can(user, 'case.assign') && current.assignedOfficerId !== user.id && current.organisationId === user.organisationId ? (
            <Button
              onClick={() => {
                setAssignError(undefined);
                casesApi.assign(current.id, user.id).then(onChanged, (err: unknown) => setAssignError(errorText(asApiError(err))));
              }}
            >
              {t('casePage.assignedTo')}: {user.displayName}
            </Button>
          ) : null}
          {canReadAudit(user) ? <Link to={`/audit?recordType=case&recordId=${encodeURIComponent(current.id)}`}>{t('casePage.auditTrail')}</Link> : null}
        </div>
      </div>
      {assignError ? (
        <p className="notice notice--error" role="alert">
          {assignError}
        </p>
      ) : null}
      {current.assignedOfficerId === user.id ? (
        <p className="muted">
          {t('casePage.assignedTo')}: {user.displayName}
        </p>
      ) : null}
      {current.priorities.length > 0 ? (
        <p>
          {current.priorities.map((p) => (
            <span key={p} className="badge badge--priority">
              {t(`priority.${p}`)}
            </span>
          ))}
        </p>
      ) : null}
      <div className="two-columns">
        <div>
          {editing ? (
            <CaseEditPanel
              value={current}
              onSaved={(c) => {
                setEditing(false);
                onChanged(c);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : null}
          <CaseDetails value={current} onChanged={onChanged} />
          <CaseMatches value={current} />
        </div>
        <div>
          <StatusPanel value={current} onChanged={onChanged} />
          <TimelinePanel caseId={current.id} entries={timeline.data?.items ?? []} loading={timeline.loading} onAdded={() => timeline.reload()} />
          <TransferPanel value={current} onChanged={() => onChanged()} />
        </div>
      </div>
    </article>
  );
}

function CaseDetails(props: { value: TracingCase; onChanged: (c: TracingCase) => void }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const user = useUser();
  const c = props.value;
  const mayRecord = can(user, 'case.update') && c.organisationId === user.organisationId;
  const errorText = useErrorText();
  const [statusError, setStatusError] = useState<string | undefined>(undefined);
  const recordOutcome = (personId: string, status: string) => {
    setStatusError(undefined);
    casesApi.setSoughtStatus(c.id, personId, status).then(props.onChanged, (err: unknown) => setStatusError(errorText(asApiError(err))));
  };
  return (
    <>
      <section className="panel" aria-labelledby="enquirer-h">
        <h2 id="enquirer-h">{t('cases.enquirer')}</h2>
        <PersonCard person={c.enquirer} />
        <PersonAuditLink personId={c.enquirer.id} name={personName(c.enquirer)} />
      </section>
      {c.sought.map((s, i) => (
        <section className="panel" key={s.person.id} aria-labelledby={`sought-h-${i}`}>
          <h2 id={`sought-h-${i}`}>
            {t('caseForm.soughtPerson', { n: i + 1 })}: {t(`relationship.${s.relationship}`)}{' '}
            <span className="badge">{t(`tracingStatus.${s.tracingStatus}`)}</span>
          </h2>
          <PersonCard person={s.person} />
          <PersonAuditLink personId={s.person.id} name={personName(s.person)} />
          {mayRecord ? (
            <Select
              id={`sought-status-${i}`}
              label={t('cases.status')}
              value={s.tracingStatus}
              onChange={(status) => recordOutcome(s.person.id, status)}
              options={TracingStatus.options.map((st) => ({ value: st, label: t(`tracingStatus.${st}`) }))}
            />
          ) : null}
          {statusError ? (
            <p className="notice notice--error" role="alert">
              {statusError}
            </p>
          ) : null}
        </section>
      ))}
      {c.separation || c.lastNews ? (
        <section className="panel" aria-labelledby="sep-h">
          <h2 id="sep-h">{t('caseForm.separation')}</h2>
          <dl className="facts">
            {c.separation?.date ? (
              <>
                <dt>{t('caseForm.separationDate')}</dt>
                <dd>{fmt.partialDate(c.separation.date)}</dd>
              </>
            ) : null}
            {c.separation?.place ? (
              <>
                <dt>{t('caseForm.separationPlace')}</dt>
                <dd>
                  <bdi>{c.separation.place}</bdi>
                </dd>
              </>
            ) : null}
            {c.separation?.cause ? (
              <>
                <dt>{t('caseForm.separationCause')}</dt>
                <dd>{t(`separationCause.${c.separation.cause}`)}</dd>
              </>
            ) : null}
            {c.separation?.circumstances ? (
              <>
                <dt>{t('casePage.details')}</dt>
                <dd dir="auto">{c.separation.circumstances}</dd>
              </>
            ) : null}
            {c.lastNews?.date ? (
              <>
                <dt>{t('caseForm.lastNewsDate')}</dt>
                <dd>{fmt.partialDate(c.lastNews.date)}</dd>
              </>
            ) : null}
            {c.lastNews?.content ? (
              <>
                <dt>{t('caseForm.lastNews')}</dt>
                <dd dir="auto">{c.lastNews.content}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </>
  );
}

/** Who read or changed this person's record, for roles that may read the audit log. */
function PersonAuditLink(props: { personId: string; name: string }) {
  const { t } = useTranslation();
  const user = useUser();
  if (!canReadAudit(user)) return null;
  return (
    <p>
      <Link to={`/audit?recordType=person&recordId=${encodeURIComponent(props.personId)}`}>
        {t('casePage.auditTrail')}
        <span className="visually-hidden"> — {props.name}</span>
      </Link>
    </p>
  );
}

function CaseMatches(props: { value: TracingCase }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const user = useUser();
  const c = props.value;
  const matches = useResource((signal) => matchesApi.forCase(c.id, signal), [c.id]);
  return (
    <section className="panel" aria-labelledby="matches-h">
      <h2 id="matches-h">{t('casePage.matches')}</h2>
      {matches.error ? <LoadError error={matches.error} onRetry={matches.reload} /> : null}
      {matches.data && matches.data.length === 0 ? <p>{t('casePage.noMatches')}</p> : null}
      <ul className="plain-list">
        {(matches.data ?? []).map((m) => (
          <li key={m.id}>
            <span className="probability">{fmt.percent(m.probability)}</span>{' '}
            <bdi className="name">{nameInCase(c, m.left.recordId ?? '') ?? nameInCase(c, m.right.recordId ?? '') ?? '—'}</bdi>{' '}
            ↔ <span>{t('matches.kind', { kind: m.right.recordType })}</span>{' '}
            <span className={`badge badge--${m.status}`}>{t('matches.decided', { status: m.status })}</span>{' '}
            {canReviewMatches(user) ? <Link to={matchPath(m.id, c.id)}>{t('matches.open')}</Link> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

type StatusForm = { action: string; track: string; reason: string; note: string };

function StatusPanel(props: { value: TracingCase; onChanged: (c: TracingCase) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const actions = availableCaseActions(props.value);
  const form = useFormState<StatusForm>({ action: actions[0] ?? '', track: 'desk', reason: '', note: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const action = actions.includes(values.action as never) ? values.action : (actions[0] ?? '');

  const toAction = (v: StatusForm): unknown => {
    switch (action) {
      case 'start':
      case 'change_track':
        return { type: action, track: v.track };
      case 'close':
        return { type: 'close', reason: v.reason || undefined, ...(v.note.trim() ? { note: v.note.trim() } : {}) };
      case 'reopen':
        return { type: 'reopen', note: v.note.trim() };
      default:
        return { type: action };
    }
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        const next = await casesApi.transition(props.value.id, toAction(v) as CaseAction);
        props.onChanged(next);
      },
      { schema: CaseAction, prepare: toAction, mapPath: (p) => (p === 'type' ? 'action' : p) },
    );
    if (ok) form.replace({ ...values, note: '', reason: '' });
  }

  if (actions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="status-h">
      <h2 id="status-h">{t('casePage.changeStatus')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorSummary message={form.message} items={[]} />
        <Select
          id="status-action"
          label={t('casePage.newStatus')}
          value={action}
          onChange={(v) => set('action', v)}
          error={errors.action}
          options={actions.map((a) => ({ value: a, label: t(`caseAction.${a}`) }))}
        />
        {action === 'start' || action === 'change_track' ? (
          <Select
            id="status-track"
            label={t('casePage.track')}
            value={values.track}
            onChange={(v) => set('track', v)}
            error={errors.track}
            options={CaseTrack.options.map((tr) => ({ value: tr, label: t(`track.${tr}`) }))}
          />
        ) : null}
        {action === 'close' ? (
          <Select
            id="status-reason"
            label={t('casePage.closureReason')}
            value={values.reason}
            onChange={(v) => set('reason', v)}
            error={errors.reason}
            required
            placeholder="—"
            options={ClosureReason.options.map((r) => ({ value: r, label: t(`closure.${r}`) }))}
          />
        ) : null}
        {action === 'close' || action === 'reopen' ? (
          <TextArea
            id="status-note"
            label={action === 'reopen' ? t('casePage.reopenNote') : t('casePage.closureNote')}
            value={values.note}
            onChange={(v) => set('note', v)}
            error={errors.note}
            required={action === 'reopen'}
          />
        ) : null}
        <Button type="submit" variant="primary" busy={form.busy}>
          {t(`caseAction.${action}`)}
        </Button>
      </form>
    </section>
  );
}

const CASE_ACTIONS = ['submit', 'start', 'change_track', 'close', 'reopen'];
const RECORD_EVENTS = ['create', 'update', 'assign', 'tracing_status'];

function describeEntry(t: ReturnType<typeof useTranslation>['t'], entry: TimelineEntry): string {
  if (entry.kind === 'note') return t('casePage.noteEntry');
  if ((TracingAction.options as readonly string[]).includes(entry.action)) return t(`tracingAction.${entry.action}`);
  if (CASE_ACTIONS.includes(entry.action)) return t(`caseAction.${entry.action}`);
  if (RECORD_EVENTS.includes(entry.action)) return t(`timelineEvent.${entry.action}`);
  return entry.action;
}

function TimelinePanel(props: { caseId: string; entries: TimelineEntry[]; loading: boolean; onAdded: () => void }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const form = useFormState({ kind: 'note', action: 'phone_call', text: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const prepare = (v: typeof values): unknown =>
    v.kind === 'note' ? { kind: 'note', text: v.text.trim() } : { kind: 'action', action: v.action, ...(v.text.trim() ? { text: v.text.trim() } : {}) };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        await casesApi.addTimelineEntry(props.caseId, prepare(v) as TimelineEntryInput);
        props.onAdded();
      },
      { schema: TimelineEntryInput, prepare },
    );
    if (ok) set('text', '');
  }

  const entries = [...props.entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('casePage.timeline')}</h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorSummary message={form.message} items={[]} />
        <Select
          id="timeline-kind"
          label={t('casePage.recordAction')}
          value={values.kind === 'note' ? 'note' : values.action}
          onChange={(v) => {
            if (v === 'note') set('kind', 'note');
            else {
              set('kind', 'action');
              set('action', v);
            }
          }}
          options={[
            { value: 'note', label: t('casePage.note') },
            ...TracingAction.options.map((a) => ({ value: a, label: t(`tracingAction.${a}`) })),
          ]}
        />
        <TextArea id="timeline-text" label={values.kind === 'note' ? t('casePage.note') : t('casePage.actionText')} value={values.text} onChange={(v) => set('text', v)} error={errors.text} required={values.kind === 'note'} />
        <Button type="submit" busy={form.busy}>
          {values.kind === 'note' ? t('casePage.saveNote') : t('casePage.saveAction')}
        </Button>
      </form>
      {entries.length === 0 && !props.loading ? <p>{t('casePage.noTimeline')}</p> : null}
      <ol className="timeline" aria-label={t('casePage.timeline')}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
            <strong>{describeEntry(t, entry)}</strong>
            {entry.text ? (
              <p dir="auto" className="timeline__text">
                {entry.text}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

type TransferForm = { toOrganisationId: string; legalBasis: string; dataCategories: string[]; message: string };

function TransferPanel(props: { value: TracingCase; onChanged: () => void }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const user = useUser();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const orgs = useResource((signal) => adminApi.organisations(signal), []);
  const transfers = useResource((signal) => transfersApi.list({ caseId: props.value.id }, signal), [props.value.id]);
  const form = useFormState<TransferForm>({ toOrganisationId: '', legalBasis: '', dataCategories: ['identity', 'family_links', 'case_details'], message: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const orgName = (id: string) => orgs.data?.items.find((o) => o.id === id)?.name ?? id;
  const prepare = (v: TransferForm): unknown => ({
    kind: 'case_transfer',
    caseId: props.value.id,
    toOrganisationId: v.toOrganisationId,
    legalBasis: v.legalBasis || undefined,
    dataCategories: v.dataCategories,
    ...(v.message.trim() ? { message: v.message.trim() } : {}),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        await transfersApi.create(prepare(v) as TransferInput);
        transfers.reload();
        props.onChanged();
      },
      { schema: TransferInput, prepare },
    );
    if (ok) set('message', '');
  }

  const [declining, setDeclining] = useState<string | undefined>(undefined);
  const decision = useFormState({ reason: '' }, errorText, issueText);

  async function decide(transferId: string, accept: boolean) {
    const prepare = (v: { reason: string }): unknown => (accept ? { type: 'accept' } : { type: 'decline', reason: v.reason.trim() });
    const ok = await decision.submit(
      async (v) => {
        await transfersApi.decide(transferId, prepare(v) as TransferDecision);
        transfers.reload();
        props.onChanged();
      },
      { schema: TransferDecision, prepare },
    );
    if (ok) {
      setDeclining(undefined);
      decision.replace({ reason: '' });
    }
  }

  const others = (orgs.data?.items ?? []).filter((o) => o.id !== props.value.organisationId && o.active);
  const closed = props.value.status === 'closed';
  return (
    <section className="panel" aria-labelledby="transfer-h">
      <h2 id="transfer-h">{t('casePage.transfers')}</h2>
      {transfers.error ? <LoadError error={transfers.error} onRetry={transfers.reload} /> : null}
      <ul className="plain-list">
        {(transfers.data?.items ?? []).map((tr) => (
          <li key={tr.id}>
            {orgName(tr.fromOrganisationId)} → {orgName(tr.toOrganisationId)}{' '}
            <span className="badge">{t('casePage.transferStatus', { status: tr.status })}</span>{' '}
            <span className="muted">{fmt.date(tr.requestedAt)}</span>
            {tr.status === 'requested' && tr.toOrganisationId === user.organisationId ? (
              declining === tr.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void decide(tr.id, false);
                  }}
                  noValidate
                >
                  <ErrorSummary message={decision.message} items={[]} />
                  <TextArea id={fieldId('decline', tr.id)} label={t('casePage.decisionNote')} value={decision.values.reason} onChange={(v) => decision.set('reason', v)} error={decision.errors.reason} required />
                  <div className="actions">
                    <Button type="submit" variant="danger" busy={decision.busy}>
                      {t('casePage.decline')}
                    </Button>
                    <Button onClick={() => setDeclining(undefined)}>{t('app.cancel')}</Button>
                  </div>
                </form>
              ) : (
                <span className="actions">
                  <Button variant="primary" busy={decision.busy} onClick={() => void decide(tr.id, true)}>
                    {t('casePage.accept')}
                  </Button>
                  <Button variant="danger" onClick={() => setDeclining(tr.id)}>
                    {t('casePage.decline')}
                  </Button>
                </span>
              )
            ) : null}
          </li>
        ))}
      </ul>
      {!closed && props.value.organisationId === user.organisationId ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <h3>{t('casePage.transfer')}</h3>
          <ErrorSummary message={form.message} items={[]} />
          <Select
            id={fieldId('transfer', 'toOrganisationId')}
            label={t('casePage.transferTo')}
            value={values.toOrganisationId}
            onChange={(v) => set('toOrganisationId', v)}
            error={errors.toOrganisationId}
            required
            placeholder="—"
            options={others.map((o) => ({ value: o.id, label: `${o.name} (${o.country})` }))}
          />
          <Select
            id={fieldId('transfer', 'legalBasis')}
            label={t('casePage.legalBasis')}
            value={values.legalBasis}
            onChange={(v) => set('legalBasis', v)}
            error={errors.legalBasis}
            required
            placeholder="—"
            options={LegalBasis.options.map((b) => ({ value: b, label: t(`legalBasis.${b}`) }))}
          />
          <fieldset className={errors.dataCategories ? 'field--invalid' : undefined}>
            <legend>{t('casePage.dataCategories')}</legend>
            {DataCategory.options.map((c) => (
              <Checkbox
                key={c}
                id={fieldId('transfer', `dataCategories.${c}`)}
                label={t(`dataCategory.${c}`)}
                checked={values.dataCategories.includes(c)}
                onChange={(checked) => set('dataCategories', checked ? [...values.dataCategories, c] : values.dataCategories.filter((x) => x !== c))}
              />
            ))}
            {errors.dataCategories ? <p className="field__error">{errors.dataCategories}</p> : null}
          </fieldset>
          <TextArea id={fieldId('transfer', 'message')} label={t('casePage.transferReason')} value={values.message} onChange={(v) => set('message', v)} error={errors.message} />
          <Button type="submit" busy={form.busy}>
            {t('casePage.requestTransfer')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
