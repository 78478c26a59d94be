import { hasMessage, t } from '../../../shared/i18n';
import type { Finding } from '../../../shared/findings';

/** A finding's message in the UI's current language (services localise at creation time). */
export function findingMessage(f: Finding): string {
  const key = typeof f.params?.key === 'string' ? f.params.key : `finding.${f.code}`;
  return hasMessage(key) ? t(key, f.params ?? {}) : f.message;
}

export function FindingList({ findings, onSelect }: { findings: Finding[]; onSelect?: (f: Finding) => void }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code} onMouseEnter={() => onSelect?.(f)}>
          <span className="sr-only">{t(`ui.severity.${f.severity}`)}</span>
          {findingMessage(f)}
          <div className="finding-code">{f.code}</div>
        </li>
      ))}
    </ul>
  );
}
