import { useEffect, useState } from 'react';
import { t } from '../../../../shared/i18n';
import type { CaseRecord } from '../../../../shared/case';
import type { AppErrorShape } from '../../../../shared/result';
import type { BundleExportResult } from '../../../../shared/channels/bundle';
import { Card, ErrorNotice } from '../../components/common';

/** `errorCount`: requirements that still fail (confirmed findings no longer count); `eligibilityFails`: advice only. */
type Props = {
  caseRecord: CaseRecord;
  errorCount: number;
  eligibilityFails: boolean;
  ready: boolean;
  onExported: (c: CaseRecord | null) => void;
};

/** The export: target path (default Downloads + the contract's name), result. Open errors block it. */
export function ExportPanel({ caseRecord, errorCount, eligibilityFails, ready, onExported }: Props) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [result, setResult] = useState<BundleExportResult | null>(null);
  const [canChoose, setCanChoose] = useState(false);

  useEffect(() => {
    void window.jitkit.ui.exportTarget({ caseId: caseRecord.id }).then((r) => {
      if (!r.ok) return;
      setPath((p) => p || r.value.path);
      setCanChoose(r.value.canChoose);
    });
  }, [caseRecord.id]);

  const blocked = errorCount > 0;
  const choose = async () => {
    const r = await window.jitkit.ui.chooseSavePath({ defaultPath: path.trim() || 'export.zip' });
    if (!r.ok) return setError(r.error);
    if (r.value.path) setPath(r.value.path);
  };
  const run = async (force: boolean) => {
    setBusy(true);
    setError(null);
    setResult(null);
    const r = await window.jitkit.bundle.export({ caseId: caseRecord.id, outPath: path.trim(), force });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setResult(r.value);
    if (r.value.written) {
      const c = await window.jitkit.case.get({ id: caseRecord.id });
      onExported(c.ok ? c.value : null);
    }
  };

  return (
    <Card title={t('ui.export.title')}>
      {errorCount > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="export-blocked">
          {t('ui.export.blockedOpen', { count: errorCount })}
        </div>
      ) : (
        ready && (
          <div className="notice notice-pass" role="status">
            {t('ui.export.allClear')}
          </div>
        )
      )}
      {eligibilityFails && (
        <div className="notice notice-warn" role="status" data-testid="export-eligibility">
          {t('ui.export.eligibilityWarn')}
        </div>
      )}
      <div className="field">
        <label htmlFor="export-path">{t('ui.export.path')}</label>
        <div className="row">
          <input
            id="export-path"
            className="mono"
            style={{ flex: 1, minWidth: 0 }}
            value={path}
            onChange={(e) => setPath(e.target.value)}
            data-testid="export-path"
          />
          {canChoose && (
            <button type="button" className="btn" onClick={() => void choose()}>
              {t('ui.export.choose')}
            </button>
          )}
        </div>
        <span className="field-hint">{t('ui.export.pathHint')}</span>
      </div>
      <ErrorNotice error={error} />
      {error?.code === 'OUTPUT_EXISTS' && (
        <button type="button" className="btn" onClick={() => void run(true)}>
          {t('ui.export.replace')}
        </button>
      )}
      {result?.refused && (
        <div className="notice notice-error" role="alert">
          {result.refused}
        </div>
      )}
      {result?.written && (
        <div className="notice notice-pass" role="status" data-testid="export-done">
          <strong>{t('ui.export.done')}</strong>
          <p className="mono small">{result.out}</p>
          {result.entries.length > 0 && (
            <ul className="entries">
              {result.entries.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="btn btn-small"
            style={{ marginTop: 8 }}
            onClick={() => void window.jitkit.ui.revealPath({ caseId: caseRecord.id, path: result.out })}
          >
            {t('ui.export.openFolder')}
          </button>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!ready || busy || blocked || !path.trim()}
          onClick={() => void run(false)}
          data-testid="export"
        >
          {busy ? t('ui.export.working') : t('ui.export.go')}
        </button>
      </div>
    </Card>
  );
}
