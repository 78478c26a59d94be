import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileCheck, Finding, MaterialKind } from '../../../shared/findings';
import type { AppErrorShape } from '../../../shared/result';
import { fileBytes } from '../lib-files';
import { checksByMaterial, fromLatest, type Material } from './materials-model';
import { useThumbnails } from './useThumbnails';

export type Progress = { overall: number; done: string[]; label: string } | null;

/**
 * The Materials screen's state: stored materials, their latest checks, live progress
 * (ProgressEvents of our job), thumbnails, and the actions on them.
 */
export function useMaterials(caseId: string) {
  const [materials, setMaterials] = useState<Material[] | null>(null);
  const [checks, setChecks] = useState<Map<string, FileCheck>>(new Map());
  const [caseFindings, setCaseFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const job = useRef<string | null>(null);
  const thumbs = useThumbnails((materials ?? []).map((m) => m.id));

  const reload = useCallback(async (): Promise<Material[]> => {
    const r = await window.jitkit.materials.list({ caseId });
    if (!r.ok) {
      setError(r.error);
      setMaterials([]);
      return [];
    }
    const list = r.value;
    setMaterials(list);
    return list;
  }, [caseId]);

  useEffect(() => {
    void (async () => {
      const list = await reload();
      const latest = await window.jitkit.checks.latest({ caseId });
      if (latest.ok) {
        setChecks(fromLatest(latest.value, list));
        setCaseFindings(latest.value.find((r) => r.materialId === null)?.findings ?? []);
      }
    })();
  }, [caseId, reload]);

  useEffect(() => window.jitkit.onProgress((e) => {
    if (e.jobId !== job.current) return;
    setProgress((p) => ({
      overall: e.total > 0 ? e.done / e.total : 0,
      done: e.file ? [...(p?.done ?? []), e.file] : (p?.done ?? []),
      label: e.file ?? '',
    }));
  }), []);

  const runChecks = useCallback(async () => {
    const jobId = `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    job.current = jobId;
    setError(null);
    setProgress({ overall: 0, done: [], label: '' });
    const r = await window.jitkit.checks.run({ caseId, jobId });
    if (job.current !== jobId) return; // cancelled or superseded
    job.current = null;
    setProgress(null);
    if (!r.ok) return setError(r.error);
    await reload();
    setChecks(checksByMaterial(r.value.files));
    setCaseFindings(r.value.findings);
  }, [caseId, reload]);

  const cancel = useCallback(async () => {
    const jobId = job.current;
    job.current = null;
    setProgress(null);
    if (jobId) await window.jitkit.checks.cancel({ jobId });
  }, []);

  const addFiles = useCallback(async (files: File[], kind?: MaterialKind): Promise<number> => {
    setError(null);
    let added = 0;
    for (const f of files) {
      const r = await window.jitkit.materials.add({ caseId, name: f.name, data: await fileBytes(f), ...(kind ? { kind } : {}) });
      if (!r.ok) {
        setError(r.error);
        break;
      }
      added += 1;
    }
    return added;
  }, [caseId]);

  const drop = useCallback(async (files: File[]) => {
    if ((await addFiles(files)) > 0) await reload();
    await runChecks();
  }, [addFiles, reload, runChecks]);

  const remove = useCallback(async (id: string, recheck = true) => {
    const r = await window.jitkit.materials.remove({ id });
    if (!r.ok) return setError(r.error);
    if (recheck) await reload();
    await runChecks();
  }, [reload, runChecks]);

  const setKind = useCallback(async (id: string, kind: MaterialKind) => {
    const r = await window.jitkit.materials.setKind({ id, kind });
    if (!r.ok) return setError(r.error);
    await reload();
    await runChecks();
  }, [reload, runChecks]);

  /** Replacing keeps the user's sorting: the new file takes the old one's kind. */
  const replace = useCallback(async (old: Material, file: File, kind: MaterialKind) => {
    if ((await addFiles([file], kind === 'unknown' ? undefined : kind)) === 0) return;
    await remove(old.id, false);
    await reload();
    await runChecks();
  }, [addFiles, reload, remove, runChecks]);

  const running = progress !== null;
  return { materials, checks, caseFindings, error, progress, running, thumbs, drop, remove, setKind, replace, runChecks: () => runChecks(), cancel };
}
