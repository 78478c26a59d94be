import { useCallback, useEffect, useState } from 'react';
import type { FileCheck } from '../../../shared/findings';
import type { Rulebook } from '../../../shared/rulebook';
import { call } from '../api';
import { checksByMaterial, fromLatest, toMaterials, type Material } from './materials-model';
import type { CheckRunInfo } from '../../../shared/channels/checks';

/** What the review needs: rulebook, materials with their latest checks, eligibility verdict. */
export function useReviewData(caseId: string) {
  const [rulebook, setRulebook] = useState<Rulebook | null>(null);
  const [materials, setMaterials] = useState<Material[]>([]);
  const [checks, setChecks] = useState<Map<string, FileCheck>>(new Map());
  const [eligible, setEligible] = useState<boolean | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    const [book, list, verdict] = await Promise.all([
      window.jitkit.rulebook.get({}),
      call<unknown>('materials:list', { caseId }),
      call<{ eligible?: boolean; result?: { eligible?: boolean } }>('eligibility:evaluate', { caseId }),
    ]);
    if (book.ok) setRulebook(book.value);
    const mats = list.ok ? toMaterials(list.value) : [];
    setMaterials(mats);
    const latest = await call<CheckRunInfo[]>('checks:latest', { caseId });
    const stored = latest.ok ? fromLatest(latest.value, mats) : new Map<string, FileCheck>();
    // Materials without a stored check are checked now, so the list is never stale.
    if (mats.some((m) => !stored.has(m.id))) {
      const run = await call<unknown>('checks:run', { caseId });
      if (run.ok) for (const [id, c] of checksByMaterial(run.value, mats)) stored.set(id, c);
    }
    setChecks(stored);
    const v = verdict.ok ? (verdict.value.eligible ?? verdict.value.result?.eligible) : undefined;
    setEligible(typeof v === 'boolean' ? v : null);
    setLoading(false);
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  return { rulebook, materials, checks, eligible, loading, reload: load };
}
