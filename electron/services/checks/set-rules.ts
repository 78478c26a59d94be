import {
  makeFinding,
  statusOf,
  worstStatus,
  type FileCheck,
  type FileStatus,
  type Finding,
} from '../../../shared/findings';
import { excludedFromZip } from '../../../shared/reviews';
import { t } from '../../../shared/i18n';
import { threshold, type Rulebook } from '../../../shared/rulebook';

/**
 * The three materials the platform asks for (POLICY-FACTS step 2): a missing one is an
 * error naming it. Screenshots must cover the window, one per month at least.
 */
export function missingMaterials(checks: readonly FileCheck[], rulebook: Rulebook): Finding[] {
  // A file that is not the material it claims to be does not count as that material.
  const count = (kind: FileCheck['kind']) => checks.filter((c) => c.kind === kind && !excludedFromZip(c)).length;
  const months = threshold(rulebook, 'logisticsWindowMonths');
  const findings: Finding[] = [];
  const name = (id: 'letter' | 'logistics' | 'inventory') =>
    rulebook.materials.find((m) => m.id === id)?.name['zh-CN'] ?? t(`kind.${id}`);
  if (count('letter') === 0)
    findings.push(makeFinding('MATERIAL_MISSING', { material: name('letter') }, { key: 'bundle.missing.letter' }));
  const screenshots = count('logistics');
  if (screenshots < months) {
    findings.push(
      makeFinding(
        'MATERIAL_MISSING',
        { material: name('logistics'), count: screenshots, months },
        { key: 'bundle.missing.logistics' },
      ),
    );
  }
  if (count('inventory') === 0)
    findings.push(
      makeFinding('MATERIAL_MISSING', { material: name('inventory') }, { key: 'bundle.missing.inventory' }),
    );
  return findings;
}

/** The whole application's status: the worst of every file and every set-level finding. */
export function overallStatus(checks: readonly FileCheck[], setFindings: readonly Finding[]): FileStatus {
  // statusOf leaves out what the user confirmed.
  return worstStatus([statusOf(setFindings), ...checks.map((c) => c.status)]);
}
