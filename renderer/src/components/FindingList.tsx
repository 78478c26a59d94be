import { useState } from 'react';
import { hasMessage, t } from '../../../shared/i18n';
import type { Finding, FindingCode } from '../../../shared/findings';
import { isDismissable } from '../../../shared/reviews';
import { formatDateTime } from './common';

/** A finding's message in the UI's current language (services localise at creation time). */
export function findingMessage(f: Finding): string {
  const key = typeof f.params?.key === 'string' ? f.params.key : `finding.${f.code}`;
  return hasMessage(key) ? t(key, f.params ?? {}) : f.message;
}

/** What a list can do with its findings: confirm / undo (a file's or the case's), open the viewer. */
export type FindingActions = {
  onReview?: (code: FindingCode, note: string) => void;
  onUndo?: (code: FindingCode) => void;
  onView?: (f: Finding) => void;
};

export function FindingList({
  findings,
  onSelect,
  actions,
}: {
  findings: Finding[];
  onSelect?: (f: Finding) => void;
  actions?: FindingActions;
}) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" data-testid="findings">
      {findings.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} f={f} onSelect={onSelect} actions={actions} />
      ))}
    </ul>
  );
}

function FindingItem({
  f,
  onSelect,
  actions,
}: {
  f: Finding;
  onSelect?: (f: Finding) => void;
  actions?: FindingActions;
}) {
  const [details, setDetails] = useState(false);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const canReview = Boolean(actions?.onReview) && f.severity !== 'info' && !f.reviewed && isDismissable(f);
  return (
    <li
      className={`finding finding-${f.reviewed ? 'reviewed' : f.severity}`}
      data-code={f.code}
      data-reviewed={f.reviewed ? 'true' : 'false'}
      onMouseEnter={() => onSelect?.(f)}
    >
      <span className="sr-only">{t(`ui.severity.${f.severity}`)}</span>
      {findingMessage(f)}
      {f.reviewed && (
        <div className="finding-reviewed" data-testid="finding-reviewed">
          {t('ui.finding.reviewed', { at: formatDateTime(f.reviewed.at) })}
          {f.reviewed.note && <span> · {t('ui.finding.reviewedNote', { note: f.reviewed.note })}</span>}
          {actions?.onUndo && (
            <button
              type="button"
              className="link small"
              onClick={() => actions.onUndo?.(f.code)}
              data-testid="finding-undo"
            >
              {t('ui.finding.undo')}
            </button>
          )}
        </div>
      )}
      {asking && (
        <div className="finding-confirm">
          <label className="small" htmlFor={`note-${f.code}`}>
            {t('ui.finding.noteLabel')}
          </label>
          <input
            id={`note-${f.code}`}
            value={note}
            maxLength={500}
            placeholder={t('ui.finding.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
            data-testid="finding-note"
          />
          <div className="row">
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={() => {
                setAsking(false);
                actions?.onReview?.(f.code, note);
              }}
              data-testid="finding-confirm"
            >
              {t('ui.finding.confirm')}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setAsking(false)}>
              {t('ui.finding.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="finding-actions">
        {canReview && !asking && (
          <button type="button" className="btn btn-small" onClick={() => setAsking(true)} data-testid="finding-dismiss">
            {t('ui.finding.dismiss')}
          </button>
        )}
        {actions?.onView && (
          <button type="button" className="link small" onClick={() => actions.onView?.(f)} data-testid="finding-view">
            {t('ui.finding.view')}
          </button>
        )}
        <button type="button" className="link small muted" aria-expanded={details} onClick={() => setDetails(!details)}>
          {t(details ? 'ui.finding.hideDetails' : 'ui.finding.details')}
        </button>
      </div>
      {details && (
        <div className="finding-code" data-testid="finding-details">
          {t('ui.finding.code', { code: f.code })}
        </div>
      )}
    </li>
  );
}
