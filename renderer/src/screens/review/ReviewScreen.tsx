import { useState } from 'react';
import { getLocale, t } from '../../../../shared/i18n';
import { Card, ScreenHeader, StatusBadge } from '../../components/common';
import { findingMessage } from '../../components/FindingList';
import { ExportPanel } from '../export/ExportPanel';
import { buildChecklist, countErrors } from './review-model';
import { useReviewData } from './useReviewData';
import type { ScreenProps } from '../common/screen-props';

const ICON = { pass: '✓', warn: '!', fail: '✕', pending: '…' } as const;

/** Every requirement with its status, then the export (errors block it unless overridden). */
export function ReviewScreen({ caseRecord, onCaseChange, goTo }: ScreenProps) {
  const data = useReviewData(caseRecord.id);
  const [exported, setExported] = useState(false);
  const items =
    data.rulebook && !data.loading
      ? buildChecklist(caseRecord, data.rulebook, data.materials, data.checks, data.eligible, {
          t,
          locale: getLocale(),
          message: findingMessage,
        })
      : [];
  const errors = countErrors(items);

  return (
    <>
      <ScreenHeader
        title={t('ui.review.title')}
        lead={t('ui.review.lead')}
        actions={
          <button type="button" className="btn" onClick={() => void data.reload()} disabled={data.loading}>
            {t('ui.review.refresh')}
          </button>
        }
      />
      <div className="split">
        <Card title={t('ui.review.checklist')}>
          {data.loading && (
            <p className="muted" role="status">
              {t('ui.review.loading')}
            </p>
          )}
          <ul className="checklist" data-testid="checklist">
            {items.map((i) => (
              <li key={i.id} data-testid={`check-${i.id}`} data-status={i.status}>
                <span className={`check-icon check-${i.status}`} aria-hidden="true">
                  {ICON[i.status]}
                </span>
                <div>
                  <div className="strong">{i.title}</div>
                  <div className="muted small">{i.requirement}</div>
                  {i.details.length > 0 && (
                    <ul className="check-details">
                      {i.details.slice(0, 6).map((d, n) => (
                        <li key={n}>{d}</li>
                      ))}
                      {i.details.length > 6 && <li>{t('ui.review.more', { count: i.details.length - 6 })}</li>}
                    </ul>
                  )}
                </div>
                <div className="check-side">
                  <StatusBadge status={i.status} />
                  {i.status !== 'pass' && (
                    <button type="button" className="link small" onClick={() => goTo(i.step)}>
                      {t('ui.review.fix')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <ExportPanel
          caseRecord={caseRecord}
          errorCount={errors}
          eligibilityFails={data.eligible === false}
          ready={!data.loading && items.length > 0}
          onExported={(c) => {
            setExported(true);
            if (c) onCaseChange(c);
          }}
        />
      </div>
      {exported && (
        <div className="notice notice-info" role="status">
          {t('ui.review.nextAfterExit')}{' '}
          <button type="button" className="link" onClick={() => goTo('afterExit')}>
            {t('ui.step.afterExit')}
          </button>
        </div>
      )}
    </>
  );
}
