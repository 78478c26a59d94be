import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { Card, ErrorNotice, ProgressBar, ScreenHeader } from '../../components/common';
import { DropZone } from '../../components/DropZone';
import { RegionImage, type OverlayRegion } from '../../components/RegionImage';
import { FindingList } from '../../components/FindingList';
import { LicenceFields } from './LicenceFields';
import { EDITABLE, SHOWN, draftFrom, type Draft } from './licence-model';
import { useLicence } from './useLicence';
import type { ScreenProps } from '../common/screen-props';
import type { CaseRecord } from '../../../../shared/case';
import type { AppErrorShape } from '../../../../shared/result';

type Question = { oldName: string; newName: string; onReplace: () => void; onKeep: () => void };

/** One licence per case: a second drop asks whether it replaces the first. */
function ReplaceQuestion({ oldName, newName, onReplace, onKeep }: Question) {
  return (
    <div
      className="notice notice-info slot-question"
      role="alertdialog"
      data-testid="slot-question"
      data-kind="licence"
    >
      <span>
        {t('ui.materials.slotTaken', {
          kind: t('ui.kind.licence'),
          name: oldName,
          newName,
        })}
      </span>
      <button type="button" className="btn btn-small btn-primary" onClick={onReplace} data-testid="slot-replace">
        {t('ui.materials.slotReplace')}
      </button>
      <button type="button" className="btn btn-small" onClick={onKeep} data-testid="slot-keep">
        {t('ui.materials.slotKeep')}
      </button>
    </div>
  );
}

/** The confirmed fields into the case (through the licence service when it has the reading). */
async function saveFields(
  caseId: string,
  draft: Draft,
  setError: (e: AppErrorShape | null) => void,
): Promise<CaseRecord | null> {
  setError(null);
  const fields = {
    companyName: draft.companyName.trim(),
    uscc: draft.uscc.trim(),
    legalRepresentative: draft.legalRepresentative.trim(),
  };
  const applied = await window.jitkit.licence.apply({ caseId, fields });
  const r = applied.ok ? applied : await window.jitkit.case.update({ id: caseId, patch: fields });
  if (!r.ok) {
    setError(r.error);
    return null;
  }
  return r.value;
}

/** Drop the licence, see the OCR'd fields beside the image, confirm or correct each one. */
export function LicenceScreen({ caseRecord, onCaseChange, goTo }: ScreenProps) {
  const lic = useLicence(caseRecord.id);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(caseRecord, null));
  const [active, setActive] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const [asking, setAsking] = useState<File | null>(null);
  const onFiles = async ([f]: File[], confirmed = false) => {
    if (!f) return;
    // One licence per case: a second drop asks before it replaces the first.
    if (lic.image && !confirmed) return setAsking(f);
    setAsking(null);
    setSaved(false);
    const reading = await lic.read(f);
    if (reading) setDraft(draftFrom(caseRecord, reading));
  };

  const confirm = async () => {
    const value = await saveFields(caseRecord.id, draft, lic.setError);
    if (!value) return;
    onCaseChange(value);
    setSaved(true);
  };

  const regions: OverlayRegion[] = [...EDITABLE, ...SHOWN].flatMap((k) => {
    const d = lic.reading?.details[k];
    return d ? [{ ...d.region, id: k, label: t(`ui.licence.field.${k}`), tone: 'field' }] : [];
  });

  return (
    <>
      <ScreenHeader title={t('ui.licence.title')} lead={t('ui.licence.lead')} />
      <ErrorNotice error={lic.error} />
      <div className="split">
        <div className="stack">
          <DropZone
            label={t(lic.image ? 'ui.licence.dropAgain' : 'ui.licence.drop')}
            hint={t('ui.licence.dropHint')}
            accept="image/*,.pdf"
            onFiles={(f) => void onFiles(f)}
            testId="licence-drop"
            compact={Boolean(lic.image)}
          />
          {asking && lic.image && (
            <ReplaceQuestion
              oldName={lic.image.name}
              newName={asking.name}
              onReplace={() => void onFiles([asking], true)}
              onKeep={() => setAsking(null)}
            />
          )}
          {lic.progress !== null && (
            <div className="card overall" role="status" data-testid="licence-busy">
              <span>{t('ui.licence.reading')}</span>
              <ProgressBar value={lic.progress} label={t('ui.licence.reading')} />
            </div>
          )}
          {lic.image && (
            <RegionImage
              src={lic.image.url}
              alt={t('ui.licence.imageAlt', { name: lic.image.name })}
              regions={regions}
              imageSize={lic.reading?.imageSize}
              activeId={active}
            />
          )}
          {lic.reading && lic.reading.findings.length > 0 && (
            <Card>
              <FindingList findings={lic.reading.findings} />
            </Card>
          )}
        </div>
        <Card title={t('ui.licence.fieldsTitle')}>
          <LicenceFields
            draft={draft}
            onDraft={(d) => {
              setDraft(d);
              setSaved(false);
            }}
            reading={lic.reading}
            onFocusField={setActive}
          />
          {saved && (
            <div className="notice notice-pass" role="status" data-testid="licence-saved">
              {t('ui.licence.saved')}
            </div>
          )}
          <div className="form-actions">
            {saved && (
              <button type="button" className="btn" onClick={() => goTo('letter')}>
                {t('ui.licence.toLetter')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void confirm()}
              disabled={!draft.companyName.trim() || !draft.legalRepresentative.trim()}
              data-testid="licence-confirm"
            >
              {t('ui.licence.confirm')}
            </button>
          </div>
        </Card>
      </div>
    </>
  );
}
