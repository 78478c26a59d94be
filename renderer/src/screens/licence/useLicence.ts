import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/result';
import { fileBytes } from '../../lib-files';
import type { LicenceReading } from './licence-model';
import { isDismissable } from '../../../../shared/reviews';
import { startChecks } from '../common/checks-job';
import { t } from '../../../../shared/i18n';

export type LicenceImage = { url: string; name: string; materialId: string };

/**
 * The licence step's data: the licence is stored as a material of the case (so it is in
 * the export and survives restarts), read by OCR with progress, previewed by the service.
 */
export function useLicence(caseId: string) {
  const [image, setImage] = useState<LicenceImage | null>(null);
  const [reading, setReading] = useState<LicenceReading | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const job = useRef<string | null>(null);

  const showPreview = useCallback(async (m: { id: string; originalName: string }) => {
    const p = await window.jitkit.materials.preview({ id: m.id, maxSize: 1200 });
    if (!p.ok) return setError(p.error);
    setImage((old) => {
      if (old) URL.revokeObjectURL(old.url);
      return {
        url: URL.createObjectURL(new Blob([p.value.data.slice()], { type: p.value.mime })),
        name: m.originalName,
        materialId: m.id,
      };
    });
  }, []);

  // A licence stored earlier (another session) is shown again; its fields are in the case.
  useEffect(() => {
    void window.jitkit.materials.list({ caseId }).then((r) => {
      const stored = r.ok ? [...r.value].reverse().find((m) => m.kind === 'licence') : undefined;
      if (stored) void showPreview(stored);
    });
  }, [caseId, showPreview]);

  useEffect(
    () =>
      window.jitkit.onProgress((e) => {
        if (e.jobId === job.current && e.total > 0) setProgress(e.done / e.total);
      }),
    [],
  );

  /**
   * One licence per case: a new file replaces the stored one only once it reads as a
   * licence; a file that is not one (junk, another material) is not kept at all.
   */
  const read = useCallback(
    async (file: File): Promise<LicenceReading | null> => {
      setError(null);
      setReading(null);
      const added = await window.jitkit.materials.add({
        caseId,
        name: file.name,
        data: await fileBytes(file),
        kind: 'licence',
      });
      if (!added.ok) {
        setError(added.error);
        return null;
      }
      const jobId = `licence-ui-${Date.now().toString(36)}`;
      job.current = jobId;
      setProgress(0);
      const r = await window.jitkit.licence.read({ caseId, materialId: added.value.id, jobId });
      job.current = null;
      setProgress(null);
      if (!r.ok || r.value.findings.some((f) => f.severity === 'error' && !isDismissable(f))) {
        await window.jitkit.materials.remove({ id: added.value.id });
        setError({ code: 'NOT_A_LICENCE', message: t('ui.licence.notLicence', { name: file.name }) });
        return null;
      }
      const list = await window.jitkit.materials.list({ caseId });
      for (const old of list.ok ? list.value : []) {
        if (old.kind === 'licence' && old.id !== added.value.id) await window.jitkit.materials.remove({ id: old.id });
      }
      void showPreview(added.value);
      // Its check result is stored now, so Materials and Review show it without waiting.
      void startChecks(caseId, [added.value.id]);
      setReading(r.value);
      return r.value;
    },
    [caseId, showPreview],
  );

  return { image, reading, progress, error, setError, read };
}
