import { useState } from 'react';
import { t } from '../../../shared/i18n';
import type { AppErrorShape } from '../../../shared/result';
import type { CaseRecord } from '../../../shared/case';
import { call, fileBytes } from '../api';
import { Card, ErrorNotice, ScreenHeader } from '../components/common';
import { DropZone } from '../components/DropZone';
import { RegionImage, useObjectUrl, type OverlayRegion } from '../components/RegionImage';
import { FindingList } from '../components/FindingList';
import { LicenceFields } from './LicenceFields';
import { EDITABLE, SHOWN, draftFrom, toReading, type Draft, type LicenceReading } from './licence-model';
import type { ScreenProps } from './CaseWorkspace';

/** Drop the licence, see the OCR'd fields beside the image, confirm or correct each one. */
export function LicenceScreen({ caseRecord, onCaseChange, goTo }: ScreenProps) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array; type: string } | null>(null);
  const [reading, setReading] = useState<LicenceReading | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(caseRecord, null));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const previewUrl = useObjectUrl(reading?.preview ?? file?.bytes ?? null, reading?.preview ? 'image/png' : file?.type ?? '');

  const onFiles = async ([f]: File[]) => {
    if (!f) return;
    const bytes = await fileBytes(f);
    setFile({ name: f.name, bytes, type: f.type });
    setReading(null);
    setError(null);
    setSaved(false);
    setBusy(true);
    const r = await call<unknown>('licence:read', { caseId: caseRecord.id, name: f.name, data: bytes });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const next = toReading(r.value);
    setReading(next);
    setDraft(draftFrom(caseRecord, next));
  };

  const confirm = async () => {
    setError(null);
    const patch = { companyName: draft.companyName.trim(), uscc: draft.uscc.trim(), legalRepresentative: draft.legalRepresentative.trim() };
    const applied = await call<CaseRecord>('licence:apply', { caseId: caseRecord.id, ...patch, fields: patch });
    const r = applied.ok ? applied : await window.jitkit.case.update({ id: caseRecord.id, patch });
    if (!r.ok) return setError(r.error);
    onCaseChange(r.value && 'id' in r.value ? r.value : caseRecord);
    setSaved(true);
  };

  const regions: OverlayRegion[] = [...EDITABLE, ...SHOWN].flatMap((k) => {
    const region = reading?.fields[k]?.region;
    return region ? [{ ...region, id: k, label: t(`ui.licence.field.${k}`), tone: 'field' }] : [];
  });
  const isImage = file ? !file.type.includes('pdf') : false;

  return (
    <>
      <ScreenHeader title={t('ui.licence.title')} lead={t('ui.licence.lead')} />
      <ErrorNotice error={error} />
      <div className="split">
        <div className="stack">
          <DropZone label={t(file ? 'ui.licence.dropAgain' : 'ui.licence.drop')} hint={t('ui.licence.dropHint')} accept="image/*,.pdf" onFiles={(f) => void onFiles(f)} testId="licence-drop" compact={Boolean(file)} />
          {busy && <p className="muted" role="status" data-testid="licence-busy">{t('ui.licence.reading')}</p>}
          {file && previewUrl && isImage && <RegionImage src={previewUrl} alt={t('ui.licence.imageAlt', { name: file.name })} regions={regions} imageSize={reading?.imageSize} activeId={active} />}
          {file && !isImage && <p className="muted">{t('ui.licence.pdfNoPreview', { name: file.name })}</p>}
          {reading && reading.findings.length > 0 && <Card><FindingList findings={reading.findings} /></Card>}
        </div>
        <Card title={t('ui.licence.fieldsTitle')}>
          <LicenceFields draft={draft} onDraft={(d) => { setDraft(d); setSaved(false); }} reading={reading} onFocusField={setActive} />
          {saved && <div className="notice notice-pass" role="status" data-testid="licence-saved">{t('ui.licence.saved')}</div>}
          <div className="form-actions">
            {saved && <button type="button" className="btn" onClick={() => goTo('letter')}>{t('ui.licence.toLetter')}</button>}
            <button type="button" className="btn btn-primary" onClick={() => void confirm()} disabled={!draft.companyName.trim() || !draft.legalRepresentative.trim()} data-testid="licence-confirm">
              {t('ui.licence.confirm')}
            </button>
          </div>
        </Card>
      </div>
    </>
  );
}
