import type { Finding, FindingCode, Region, Severity } from './findings';
import { hasMessage, t, type Params } from './i18n';

/**
 * Builds a finding with its message in the current locale. `key` defaults to the code's
 * generic message; pass a more specific key (registered in a messages file) when useful.
 */
export function makeFinding(
  code: FindingCode,
  severity: Severity,
  params: Params = {},
  options: { key?: string; region?: Region } = {},
): Finding {
  const key = options.key && hasMessage(options.key) ? options.key : `finding.${code}`;
  const finding: Finding = { code, severity, message: t(key, params), params };
  if (key !== `finding.${code}`) finding.params = { ...params, key };
  if (options.region) finding.region = options.region;
  return finding;
}
