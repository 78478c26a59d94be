import { useEffect, useState } from 'react';
import { worstStatus, type FileStatus } from '../../../../shared/findings';
import type { CaseRecord } from '../../../../shared/case';

export type LastCheck = { status: FileStatus; at: string } | null;

/** Per case: the worst status of its latest check runs and when the newest ran (Cases list). */
export function useLastChecks(cases: CaseRecord[] | null): Record<string, LastCheck> {
  const [last, setLast] = useState<Record<string, LastCheck>>({});
  const key = (cases ?? []).map((c) => `${c.id}:${c.updatedAt}`).join(',');
  useEffect(() => {
    let stale = false;
    const ids = key ? key.split(',').map((k) => k.split(':')[0]!) : [];
    void Promise.all(
      ids.map(async (id) => {
        const r = await window.jitkit.checks.latest({ caseId: id });
        const runs = r.ok ? r.value : [];
        const at = runs
          .map((x) => x.createdAt)
          .sort()
          .at(-1);
        return [id, at ? { status: worstStatus(runs.map((x) => x.status)), at } : null] as const;
      }),
    ).then((entries) => {
      if (!stale) setLast(Object.fromEntries(entries));
    });
    return () => {
      stale = true;
    };
  }, [key]);
  return last;
}
