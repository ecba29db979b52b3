import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { matchesApi, personsApi } from '../api/endpoints';
import type { FieldContribution, MatchSide, PotentialMatch } from '../api/matches';
import { shortReference, recordPath } from '../app/display';
import { usePreferences } from '../app/preferences';
import { useResource } from '../app/use-resource';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { useFormState } from '../components/form/form-state';
import { TextArea } from '../components/form/inputs';
import { PersonCard } from '../components/PersonCard';
import { LoadError, Loading, useErrorText, useIssueText } from '../components/StatusMessage';

/** The two records side by side, what each field contributed, and the reviewer's decision. */
export function MatchReviewPage() {
  const { t } = useTranslation();
  const { '*': id = '' } = useParams();
  const [params] = useSearchParams();
  const caseId = params.get('case') ?? '';
  const resource = useResource((signal) => matchesApi.inCase(caseId, id, signal), [caseId, id]);
  const [decided, setDecided] = useState<PotentialMatch | undefined>(undefined);
  const match = decided?.id === id ? decided : resource.data;
  if (resource.error && !match) return <LoadError error={resource.error} onRetry={resource.reload} />;
  if (!match) return <Loading />;
  return (
    <article>
      <div className="page-head">
        <h1>{t('matches.reviewTitle')}</h1>
        <span className={`badge badge--${match.status}`}>{t('matches.decided', { status: match.status })}</span>
      </div>
      <Summary match={match} />
      <div className="cards">
        <Side title={t('matches.left')} side={match.left} />
        <Side title={`${t('matches.right')}: ${t('matches.kind', { kind: match.right.recordType })}`} side={match.right} />
      </div>
      <Contributions fields={match.fields} />
      {match.status === 'potential' ? <Decision match={match} onDecided={setDecided} /> : null}
      {match.status === 'confirmed' ? (
        <p className="notice notice--ok" role="status">
          {t('matches.afterConfirm')}
        </p>
      ) : null}
      {match.status === 'rejected' && match.reason ? <p className="notice">{match.reason}</p> : null}
    </article>
  );
}

function Summary(props: { match: PotentialMatch }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  return (
    <p>
      {t('matches.probability')}: <span className="probability">{fmt.percent(props.match.probability)}</span>
      {props.match.caseId ? (
        <>
          {' · '}
          <Link to={recordPath('cases', props.match.caseId)}>{t('matches.caseLink', { reference: shortReference(props.match.caseId) })}</Link>
        </>
      ) : null}
    </p>
  );
}

function Side(props: { title: string; side: MatchSide }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const { side } = props;
  // The pair may name the person only by id: then the person record is read (and that read is audited).
  const fetched = useResource(
    (signal) => (side.person || !side.recordId ? Promise.resolve(undefined) : personsApi.get(side.recordId, signal)),
    [side.recordId, side.person === null],
  );
  const person = side.person ?? fetched.data;
  return (
    <section className="panel">
      <h2>{props.title}</h2>
      {fetched.error ? <LoadError error={fetched.error} onRetry={fetched.reload} /> : null}
      {person ? <PersonCard person={person} /> : <p className="muted">{side.recordId}</p>}
      {side.at ? <p className="muted">{t('matches.registered', { date: fmt.date(side.at) })}</p> : null}
      {side.caseId ? (
        <p>
          <Link to={recordPath('cases', side.caseId)}>{t('matches.caseLink', { reference: shortReference(side.caseId) })}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The matching engine's field names, said with the labels of the person form. */
const FIELD_LABELS: Record<string, string> = {
  name: 'admin.name',
  given_name: 'person.givenName',
  family_name: 'person.familyName',
  father_name: 'person.fatherName',
  grandfather_name: 'person.grandfatherName',
  mother_name: 'person.motherName',
  sex: 'person.sex',
  birth_date: 'person.birthDate',
  birth_place: 'person.birthPlace',
  nationality: 'person.nationality',
  address: 'person.lastKnownPlace',
  document_number: 'person.document',
  phone: 'person.phone',
};

function Contributions(props: { fields: FieldContribution[] }) {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  if (props.fields.length === 0) return null;
  const max = Math.max(1, ...props.fields.map((f) => Math.abs(f.bits)));
  return (
    <section className="panel compare" aria-labelledby="contrib-h">
      <h2 id="contrib-h">{t('matches.contribution')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('matches.field')}</th>
            <th scope="col">{t('audit.details')}</th>
            <th scope="col">{t('matches.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {props.fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{FIELD_LABELS[f.field] ? t(FIELD_LABELS[f.field] as string) : f.field.replace(/_/g, ' ')}</th>
              <td>{f.level ?? t('matches.noField')}</td>
              <td>
                <span className="weight">
                  <span
                    className={`weight__bar${f.bits < 0 ? ' weight__bar--negative' : ''}`}
                    style={{ inlineSize: `${Math.round((Math.abs(f.bits) / max) * 8)}rem` }}
                    aria-hidden="true"
                  />
                  <span dir="ltr">
                    {f.bits > 0 ? '+' : ''}
                    {fmt.number(Math.round(f.bits * 10) / 10)}
                  </span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Decision(props: { match: PotentialMatch; onDecided: (m: PotentialMatch) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const form = useFormState({ reason: '' }, errorText, issueText);
  const [rejecting, setRejecting] = useState(false);

  async function decide(decision: 'confirmed' | 'rejected', e?: FormEvent) {
    e?.preventDefault();
    await form.submit(async (v) => {
      const version = props.match.version ?? undefined;
      const result = await matchesApi.decide(
        props.match.id,
        decision === 'rejected' ? { decision: 'rejected', reason: v.reason.trim(), version } : { decision: 'confirmed', version },
      );
      props.onDecided({ ...props.match, ...result, status: result.status || decision });
    }, decision === 'rejected' ? { schema: reasonRequired(t('errors.required')) } : {});
  }

  return (
    <section className="panel" aria-label={t('matches.reviewTitle')}>
      <ErrorSummary message={form.message} items={[]} />
      {!rejecting ? (
        <div className="actions">
          <Button variant="primary" busy={form.busy} onClick={() => void decide('confirmed')}>
            {t('matches.confirm')}
          </Button>
          <Button variant="danger" onClick={() => setRejecting(true)}>
            {t('matches.reject')}
          </Button>
        </div>
      ) : (
        <form onSubmit={(e) => void decide('rejected', e)} noValidate>
          <TextArea id="reject-reason" label={t('matches.rejectReason')} value={form.values.reason} onChange={(v) => form.set('reason', v)} error={form.errors.reason} required />
          <div className="actions">
            <Button type="submit" variant="danger" busy={form.busy}>
              {t('matches.reject')}
            </Button>
            <Button onClick={() => setRejecting(false)}>{t('app.cancel')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}

/** A rejection needs a reason, so that the pair is not proposed again without one. */
function reasonRequired(message: string) {
  return {
    safeParse(value: unknown) {
      const reason = (value as { reason?: string }).reason?.trim() ?? '';
      return reason === ''
        ? { success: false as const, error: { issues: [{ path: ['reason'], message }] } }
        : { success: true as const };
    },
  };
}
