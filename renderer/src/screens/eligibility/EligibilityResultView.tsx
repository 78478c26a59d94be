import { getLocale, t } from '../../../../shared/i18n';
import type { CaseEvaluation } from '../../../../shared/eligibility/api';
import type { RuleCitation } from '../../../../shared/eligibility/citations';
import { Card } from '../../components/common';
import { VirtualList } from '../../components/VirtualList';
import {
  cleanFigure,
  lateFigure,
  localise,
  sourceLabel,
  tCount,
  verdictState,
  type VerdictState,
} from './eligibility-view-model';

const ICON = { pass: '✓', fail: '✕', unknown: '?' } as const;
const TONE = { pass: 'pass', fail: 'fail', unknown: 'pending' } as const;

const VERDICT_ICON: Record<VerdictState, string> = { pristine: '…', unknown: '?', 'not-eligible': '✕', eligible: '✓' };
const VERDICT_CLASS: Record<VerdictState, string> = {
  pristine: 'verdict-neutral',
  unknown: 'verdict-unknown',
  'not-eligible': 'verdict-nogo',
  eligible: 'verdict-go',
};

function verdictText(state: VerdictState, r: CaseEvaluation): string {
  if (state === 'eligible') return t('ui.elig.go');
  if (state === 'pristine') return t('ui.elig.pristine');
  const fails = r.checks.filter((c) => c.status === 'fail').length;
  const unknown = r.checks.filter((c) => c.status === 'unknown').length;
  if (state === 'unknown') return tCount('ui.elig.unknownVerdict', unknown);
  return unknown > 0
    ? `${tCount('ui.elig.nogoFails', fails)} ${tCount('ui.elig.nogoUnknown', unknown)}`
    : tCount('ui.elig.nogoFails', fails);
}

function Cite({ rule }: { rule: RuleCitation }) {
  return (
    <details className="cite">
      <summary>{t('ui.elig.ruleSource', { source: sourceLabel(rule) })}</summary>
      {rule.text[getLocale()]}
    </details>
  );
}

/** The go / no-go with every reason, the late JIT orders and the risk warnings. */
export function EligibilityResultView({ result }: { result: CaseEvaluation }) {
  const state = verdictState(result);
  const unknown = t('ui.elig.metric.unknown');
  const cov = result.coverage;
  return (
    <>
      <div
        className={`verdict ${VERDICT_CLASS[state]}`}
        role="status"
        data-testid="verdict"
        data-eligible={result.eligible}
        data-verdict={state}
      >
        <span aria-hidden="true">{VERDICT_ICON[state]}</span>
        <span>{verdictText(state, result)}</span>
      </div>
      <div className="metrics">
        <Metric
          label={t('ui.elig.metric.rate')}
          value={result.fulfilmentRate30d === null ? unknown : `${result.fulfilmentRate30d}%`}
          testId="metric-rate"
        />
        <Metric label={t('ui.elig.metric.late')} value={lateFigure(result)} testId="metric-late" />
        <Metric
          label={t('ui.elig.metric.sinceLast')}
          value={
            result.daysSinceLastJitOrder === null
              ? unknown
              : tCount('ui.elig.days', result.daysSinceLastJitOrder, { n: result.daysSinceLastJitOrder })
          }
        />
        <Metric label={t('ui.elig.metric.clean')} value={cleanFigure(result)} />
      </div>
      {cov && (
        <p
          className={`small ${cov.covered ? 'muted' : 'coverage-gap'}`}
          data-testid="coverage"
          data-covered={cov.covered}
        >
          {t(cov.covered ? 'ui.elig.coverage.ok' : 'ui.elig.coverage.gap', {
            first: cov.exportFirstDate ?? '—',
            last: cov.exportLastDate ?? '—',
            from: cov.windowStart,
            to: cov.windowEnd,
          })}
        </p>
      )}
      <Card title={t('ui.elig.reasons')}>
        <ul className="reasons" data-testid="reasons">
          {result.checks.map((c) => (
            <li key={c.id} className="reason" data-status={c.status}>
              <span className={`check-icon check-${TONE[c.status]}`} aria-hidden="true">
                {ICON[c.status]}
              </span>
              <div>
                <span className="sr-only">{t(`ui.elig.status.${c.status}`)}</span>
                {localise(c)}
                <Cite rule={c.rule} />
              </div>
            </li>
          ))}
        </ul>
      </Card>
      {result.lateJitOrders.length > 0 && (
        <Card title={t('ui.elig.lateTitle', { count: result.lateJitOrders.length })}>
          {cov && (
            <p className="muted small">{t('ui.elig.lateWindow', { from: cov.windowStart, to: cov.windowEnd })}</p>
          )}
          <div className="vlist-head" aria-hidden="true">
            <span>{t('ui.elig.col.order')}</span>
            <span>{t('ui.elig.col.deadline')}</span>
            <span>{t('ui.elig.col.actual')}</span>
            <span>{t('ui.elig.col.hours')}</span>
          </div>
          <VirtualList
            items={result.lateJitOrders}
            rowHeight={34}
            height={260}
            label={t('ui.elig.lateTitle', { count: result.lateJitOrders.length })}
            testId="late-orders"
            render={(o) => (
              <>
                <span className="mono">{o.id}</span>
                <span>{o.deadline.slice(0, 16).replace('T', ' ')}</span>
                <span>{o.pickedUp ? o.actual.slice(0, 16).replace('T', ' ') : t('ui.elig.notPicked')}</span>
                <span className="overdue">{t('ui.elig.hoursLate', { n: Math.round(o.hoursLate) })}</span>
              </>
            )}
          />
        </Card>
      )}
      {result.warnings.length > 0 && (
        <Card title={t('ui.elig.warnings')}>
          <div className="stack">
            {result.warnings.map((w) => (
              <div key={w.id} className="warning-item">
                {localise(w)}
                {'mitigations' in w && w.mitigations[getLocale()].length > 0 && (
                  <ul>
                    {w.mitigations[getLocale()].map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
                {'rule' in w && <Cite rule={w.rule} />}
              </div>
            ))}
          </div>
        </Card>
      )}
    </>
  );
}

function Metric({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="metric" data-testid={testId}>
      <div className="metric-label">{label}</div>
      <div className="metric-value">{value}</div>
    </div>
  );
}
