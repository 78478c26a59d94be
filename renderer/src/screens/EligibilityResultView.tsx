import { getLocale, hasMessage, t, type Params } from '../../../shared/i18n';
import type { CaseEvaluation } from '../../../shared/eligibility/api';
import type { RuleCitation } from '../../../shared/eligibility/citations';
import { Card } from '../components/common';
import { VirtualList } from '../components/VirtualList';

const ICON = { pass: '✓', fail: '✕', unknown: '?' } as const;
const TONE = { pass: 'pass', fail: 'fail', unknown: 'pending' } as const;

/** Messages carry their key and params so they follow the UI language. */
function localise(m: { messageKey: string; message: string; params: Params }): string {
  return hasMessage(m.messageKey) ? t(m.messageKey, m.params) : m.message;
}

function Cite({ rule }: { rule: RuleCitation }) {
  return (
    <details className="cite">
      <summary>{t('ui.elig.ruleSource', { source: rule.sourceTitle })}</summary>
      {rule.text[getLocale()]}
    </details>
  );
}

/** The go / no-go with every reason, the late JIT orders and the risk warnings. */
export function EligibilityResultView({ result }: { result: CaseEvaluation }) {
  const failing = result.reasons.filter((r) => r.status !== 'pass').length;
  return (
    <>
      <div className={`verdict ${result.eligible ? 'verdict-go' : 'verdict-nogo'}`} role="status" data-testid="verdict" data-eligible={result.eligible}>
        <span aria-hidden="true">{result.eligible ? '✓' : '✕'}</span>
        <span>{result.eligible ? t('ui.elig.go') : t('ui.elig.nogo', { count: failing })}</span>
      </div>
      <div className="metrics">
        <Metric label={t('ui.elig.metric.rate')} value={result.fulfilmentRate30d === null ? '—' : `${result.fulfilmentRate30d}%`} />
        <Metric label={t('ui.elig.metric.late')} value={String(result.lateJitOrders.length)} />
        <Metric label={t('ui.elig.metric.sinceLast')} value={result.daysSinceLastJitOrder === null ? '—' : t('ui.elig.days', { n: result.daysSinceLastJitOrder })} />
        <Metric label={t('ui.elig.metric.clean')} value={result.earliestCleanDate ?? '—'} />
      </div>
      <Card title={t('ui.elig.reasons')}>
        <ul className="reasons" data-testid="reasons">
          {result.checks.map((c) => (
            <li key={c.id} className="reason" data-status={c.status}>
              <span className={`check-icon check-${TONE[c.status]}`} aria-hidden="true">{ICON[c.status]}</span>
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
          <div className="vlist-head" aria-hidden="true">
            <span>{t('ui.elig.col.order')}</span><span>{t('ui.elig.col.deadline')}</span><span>{t('ui.elig.col.actual')}</span><span>{t('ui.elig.col.hours')}</span>
          </div>
          <VirtualList items={result.lateJitOrders} rowHeight={34} height={260} label={t('ui.elig.lateTitle', { count: result.lateJitOrders.length })} testId="late-orders"
            render={(o) => (
              <>
                <span className="mono">{o.id}</span>
                <span>{o.deadline.slice(0, 16).replace('T', ' ')}</span>
                <span>{o.pickedUp ? o.actual.slice(0, 16).replace('T', ' ') : t('ui.elig.notPicked')}</span>
                <span className="overdue">{t('ui.elig.hoursLate', { n: Math.round(o.hoursLate) })}</span>
              </>
            )} />
        </Card>
      )}
      {result.warnings.length > 0 && (
        <Card title={t('ui.elig.warnings')}>
          <div className="stack">
            {result.warnings.map((w) => (
              <div key={w.id} className="warning-item">
                {localise(w)}
                {'mitigations' in w && w.mitigations[getLocale()].length > 0 && (
                  <ul>{w.mitigations[getLocale()].map((m) => <li key={m}>{m}</li>)}</ul>
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

function Metric({ label, value }: { label: string; value: string }) {
  return (
    <div className="metric">
      <div className="metric-label">{label}</div>
      <div className="metric-value">{value}</div>
    </div>
  );
}
