import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Finding, FindingCode, MaterialKind } from '../../../../shared/findings';
import type { AppErrorShape } from '../../../../shared/result';
import { fileBytes } from '../../lib-files';
import { fromLatest, type CheckedFile, type Material } from './materials-model';
import { useThumbnails } from './useThumbnails';
import {
  cancelChecks,
  currentJob,
  onJobFinished,
  onMaterialChecked,
  startChecks,
  subscribeJob,
} from '../common/checks-job';

/** How long a removed file can be brought back. */
const UNDO_MS = 6000;

export type Progress = { done: number; total: number; label: string } | null;

/** The case's stored materials and their latest stored checks, refreshed as results land. */
function useStoredMaterials(caseId: string) {
  const [materials, setMaterials] = useState<Material[] | null>(null);
  const [checks, setChecks] = useState<Map<string, CheckedFile>>(new Map());
  const [caseFindings, setCaseFindings] = useState<Finding[]>([]);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const refresh = useCallback(async (): Promise<Material[]> => {
    const [list, latest] = await Promise.all([
      window.jitkit.materials.list({ caseId }),
      window.jitkit.checks.latest({ caseId }),
    ]);
    if (!list.ok) {
      setError(list.error);
      setMaterials([]);
      return [];
    }
    setMaterials(list.value);
    if (latest.ok) {
      setChecks(fromLatest(latest.value, list.value));
      setCaseFindings(latest.value.find((r) => r.materialId === null)?.findings ?? []);
    }
    return list.value;
  }, [caseId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => onMaterialChecked((c) => c === caseId && void refresh()), [caseId, refresh]);
  useEffect(
    () =>
      onJobFinished((c, _r, e) => {
        if (c !== caseId) return;
        if (e) setError(e);
        void refresh();
      }),
    [caseId, refresh],
  );
  return { materials, checks, caseFindings, error, setError, refresh };
}

/**
 * On opening the screen: stored results that went stale since they were made (another day,
 * changed case names, a new order export, a new rulebook or checks version; main judges it
 * with the export's own freshness test) are checked again, with N/M progress like any run.
 */
function useStaleRecheck(caseId: string) {
  useEffect(() => {
    let live = true;
    void (async () => {
      if (currentJob()?.caseId === caseId) return; // this case's run is on: it stores fresh results
      const r = await window.jitkit.checks.stale({ caseId });
      if (!live || !r.ok) return;
      const queued = currentJob()?.caseId === caseId ? (currentJob()?.pending ?? []) : [];
      const ids = r.value.materialIds.filter((id) => !queued.includes(id));
      if (ids.length > 0) void startChecks(caseId, ids);
    })();
    return () => {
      live = false;
    };
  }, [caseId]);
}

/** Remove with undo: the card goes at once, the file only after UNDO_MS unless undone. */
function useUndoableRemove(materials: Material[] | null, removeNow: (id: string) => Promise<void>) {
  const [removing, setRemoving] = useState<{ material: Material; timer: number } | null>(null);
  const remove = useCallback(
    (id: string) => {
      const material = (materials ?? []).find((x) => x.id === id);
      if (!material) return;
      setRemoving((prev) => {
        if (prev) {
          window.clearTimeout(prev.timer);
          void removeNow(prev.material.id);
        }
        const timer = window.setTimeout(() => {
          setRemoving(null);
          void removeNow(id);
        }, UNDO_MS);
        return { material, timer };
      });
    },
    [materials, removeNow],
  );
  const undoRemove = useCallback(
    () =>
      setRemoving((prev) => {
        if (prev) window.clearTimeout(prev.timer);
        return null;
      }),
    [],
  );
  return { removing, remove, undoRemove };
}

/** "我已核对，无误" and its undo, for a material's finding or the case's (materialId null). */
function useReviewActions(
  caseId: string,
  refresh: () => Promise<unknown>,
  setError: (e: AppErrorShape | null) => void,
) {
  const review = useCallback(
    async (materialId: string | null, code: FindingCode, note: string) => {
      const r = await window.jitkit.findings.review({ caseId, materialId, code, note });
      if (!r.ok) setError(r.error);
      await refresh();
    },
    [caseId, refresh, setError],
  );

  const unreview = useCallback(
    async (materialId: string | null, code: FindingCode) => {
      const r = await window.jitkit.findings.unreview({ caseId, materialId, code });
      if (!r.ok) setError(r.error);
      await refresh();
    },
    [caseId, refresh, setError],
  );

  return { review, unreview };
}

/**
 * The Materials screen's state: stored materials with their latest (stored) checks, the
 * running job (kept outside the screen), thumbnails, and the actions. Only new, replaced or
 * stale files are checked; each card fills in as its result is stored.
 */
export function useMaterials(caseId: string) {
  const { materials, checks, caseFindings, error, setError, refresh } = useStoredMaterials(caseId);
  const job = useSyncExternalStore(subscribeJob, currentJob);
  const thumbs = useThumbnails((materials ?? []).map((m) => m.id));
  useStaleRecheck(caseId);

  const check = useCallback((ids: string[]) => void startChecks(caseId, ids), [caseId]);

  const addOne = useCallback(
    async (f: File, kind?: MaterialKind): Promise<Material | null> => {
      const r = await window.jitkit.materials.add({
        caseId,
        name: f.name,
        data: await fileBytes(f),
        ...(kind && kind !== 'unknown' ? { kind } : {}),
      });
      if (!r.ok) {
        setError(r.error);
        return null;
      }
      return r.value;
    },
    [caseId, setError],
  );

  const drop = useCallback(
    async (files: File[]) => {
      setError(null);
      const added: string[] = [];
      for (const f of files) {
        const m = await addOne(f);
        if (!m) break;
        added.push(m.id);
      }
      if (added.length > 0) check(added);
      await refresh();
    },
    [addOne, check, refresh, setError],
  );

  /** Replacing keeps the user's sorting: the new file takes the old one's kind; only it is checked. */
  const replace = useCallback(
    async (old: Material, file: File, kind: MaterialKind) => {
      setError(null);
      const m = await addOne(file, kind);
      if (!m) return;
      const r = await window.jitkit.materials.remove({ id: old.id });
      if (!r.ok) setError(r.error);
      check([m.id]);
      await refresh();
    },
    [addOne, check, refresh, setError],
  );

  const removeNow = useCallback(
    async (id: string) => {
      const r = await window.jitkit.materials.remove({ id });
      if (!r.ok) return setError(r.error);
      await refresh();
      check([]); // the case as a whole (a material may now be missing); no file is re-checked
    },
    [check, refresh, setError],
  );

  /** Moving a file into a one-per-case slot that is filled makes the screen ask which to keep. */
  const setKind = useCallback(
    async (m: Material, kind: MaterialKind) => {
      const r = await window.jitkit.materials.setKind({ id: m.id, kind });
      if (!r.ok) return setError(r.error);
      await refresh();
      check([m.id]);
    },
    [check, refresh, setError],
  );

  const { removing, remove, undoRemove } = useUndoableRemove(materials, removeNow);
  const { review, unreview } = useReviewActions(caseId, refresh, setError);

  const running = job !== null && job.caseId === caseId;
  const progress: Progress = running ? { done: job.done, total: job.total, label: job.current } : null;
  return {
    materials: materials && removing ? materials.filter((x) => x.id !== removing.material.id) : materials,
    removing: removing?.material ?? null,
    undoRemove,
    removeNow,
    checks,
    caseFindings,
    error,
    progress,
    running,
    thumbs,
    pending: running ? job.pending : [],
    drop,
    remove,
    setKind,
    replace,
    review,
    unreview,
    recheckAll: () => check((materials ?? []).map((m) => m.id)),
    cancel: cancelChecks,
  };
}
