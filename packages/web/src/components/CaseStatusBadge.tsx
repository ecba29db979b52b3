import type { TracingCase } from '@kinlink/core';
import { useTranslation } from 'react-i18next';

export function CaseStatusBadge(props: { value: Pick<TracingCase, 'status' | 'track' | 'closureReason'> }) {
  const { t } = useTranslation();
  const { status, track, closureReason } = props.value;
  const detail = status === 'in_progress' && track ? ` · ${t(`track.${track}`)}` : status === 'closed' && closureReason ? ` · ${t(`closure.${closureReason}`)}` : '';
  return (
    <span className={`badge badge--${status}`}>
      {t(`status.${status}`)}
      {detail}
    </span>
  );
}
