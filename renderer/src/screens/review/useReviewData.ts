import { useCallback, useEffect, useState } from 'react';
import type { FileCheck } from '../../../../shared/findings';
import type { Rulebook } from '../../../../shared/rulebook';
import { checksByMaterial, fromLatest, type Material } from '../materials/materials-model';

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
      window.jitkit.materials.list({ caseId }),
      window.jitkit.eligibility.evaluate({ caseId }),
    ]);
    if (book.ok) setRulebook(book.value);
    const mats = list.ok ? list.value : [];
    const latest = await window.jitkit.checks.latest({ caseId });
    const stored = latest.ok ? fromLatest(latest.value, mats) : new Map<string, FileCheck>();
    // Materials without a stored check are checked now, so the list is never stale.
    const unchecked = mats.filter((m) => !stored.has(m.id)).map((m) => m.id);
    if (unchecked.length > 0) {
      const run = await window.jitkit.checks.run({ caseId, materialIds: unchecked });
      if (run.ok) for (const [id, c] of checksByMaterial(run.value.files)) stored.set(id, c);
    }
    // Materials and their checks together: no frame where a checked file looks pending.
    setMaterials(mats);
    setChecks(stored);
    setEligible(verdict.ok ? verdict.value.eligible : null);
    setLoading(false);
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  return { rulebook, materials, checks, eligible, loading, reload: load };
}
