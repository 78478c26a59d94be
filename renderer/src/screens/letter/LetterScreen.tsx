import { useCallback, useEffect, useState } from 'react';
import { getLocale, t } from '../../../../shared/i18n';
import type { GeneratedLetterResult } from '../../../../shared/channels/letter';
import type { Rulebook } from '../../../../shared/rulebook';
import type { AppErrorShape } from '../../../../shared/result';
import { Card, ErrorNotice, ScreenHeader } from '../../components/common';
import { PdfPreview } from '../../components/PdfPreview';
import { downloadBytes, safeFileName } from '../../lib-download';
import type { ScreenProps } from '../common/screen-props';
import type { CasePatch } from '../../../../shared/case';
import { LetterGroundPicker, SignDateField } from './LetterGroundPicker';

/** The commitment letter: generated from the confirmed case, previewed, saved or printed. */
export function LetterScreen({ caseRecord, goTo, onCaseChange }: ScreenProps) {
  const [letter, setLetter] = useState<GeneratedLetterResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [rulebook, setRulebook] = useState<Rulebook | null>(null);

  const hasGround = Boolean(caseRecord.exitReason);
  const generate = useCallback(async () => {
    // Without an exit ground the letter cannot be made: the picker below asks for it instead of an error.
    if (!hasGround) return;
    setBusy(true);
    setError(null);
    const r = await window.jitkit.letter.generate({ caseId: caseRecord.id, signDate: caseRecord.signDate });
    setBusy(false);
    if (r.ok) setLetter(r.value);
    else setError(r.error);
  }, [caseRecord.id, caseRecord.signDate, hasGround]);

  const patchCase = async (patch: CasePatch) => {
    setBusy(true);
    setError(null);
    const u = await window.jitkit.case.update({ id: caseRecord.id, patch });
    setBusy(false);
    if (u.ok) onCaseChange(u.value);
    else setError(u.error);
  };

  useEffect(() => {
    void generate();
    void window.jitkit.rulebook.get({}).then((r) => r.ok && setRulebook(r.value));
  }, [generate]);

  const requirement = rulebook?.materials.find((m) => m.id === 'letter')?.requirement[getLocale()];
  const save = () => {
    if (!letter) return;
    downloadBytes(
      letter.pdf,
      `${safeFileName(`${t('ui.letter.fileStem')}-${caseRecord.companyName}-${letter.date}`)}.pdf`,
      'application/pdf',
    );
  };

  return (
    <>
      <ScreenHeader
        title={t('ui.letter.title')}
        lead={t('ui.letter.lead')}
        actions={
          <>
            <button type="button" className="btn" onClick={() => window.print()} disabled={!letter}>
              {t('ui.letter.print')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={save}
              disabled={!letter}
              data-testid="letter-save"
            >
              {t('ui.letter.save')}
            </button>
          </>
        }
      />
      <ErrorNotice error={error} />
      <div className="split split-responsive">
        {hasGround ? (
          <Card className="print-area">
            {busy && !letter && (
              <p className="muted" role="status">
                {t('ui.letter.generating')}
              </p>
            )}
            {letter && <PdfPreview bytes={letter.pdf} testId="letter-preview" />}
            {letter && (
              <p className="muted small" data-testid="letter-doc-id">
                {t('ui.letter.docId', { id: letter.documentId, date: letter.date })}
              </p>
            )}
          </Card>
        ) : (
          <LetterGroundPicker rulebook={rulebook} busy={busy} onPick={(exitReason) => void patchCase({ exitReason })} />
        )}
        <div className="stack">
          <Card title={t('ui.letter.howTitle')}>
            <ol className="instructions" data-testid="letter-instructions">
              <li>{t('ui.letter.how.print')}</li>
              <li>{t('ui.letter.how.sign', { name: caseRecord.legalRepresentative })}</li>
              <li>{t('ui.letter.how.stamp', { company: caseRecord.companyName })}</li>
              <li>{t('ui.letter.how.scan')}</li>
            </ol>
            {requirement && (
              <p className="muted small" style={{ marginTop: 12 }}>
                {t('ui.letter.ruleSays', { text: requirement })}
              </p>
            )}
            {hasGround && (
              <SignDateField
                value={caseRecord.signDate ?? letter?.date ?? ''}
                busy={busy}
                onChange={(signDate) => void patchCase({ signDate })}
              />
            )}
          </Card>
          <Card title={t('ui.letter.checkTitle')}>
            <p>{t('ui.letter.checkBody')}</p>
            <div className="row">
              <button type="button" className="btn" onClick={() => goTo('licence')}>
                {t('ui.letter.backToLicence')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => goTo('materials')}>
                {t('ui.letter.toMaterials')}
              </button>
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
