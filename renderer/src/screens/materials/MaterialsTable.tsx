import { t } from '../../../../shared/i18n';
import type { Finding, MaterialKind } from '../../../../shared/findings';
import { StatusBadge } from '../../components/common';
import { FindingList, type FindingActions } from '../../components/FindingList';
import type { CheckedFile, Material } from './materials-model';

type Props = {
  items: { material: Material; kind: MaterialKind }[];
  checks: Map<string, CheckedFile>;
  pending: string[];
  actionsFor: (m: Material) => FindingActions;
  onView: (m: Material, f: Finding | null) => void;
};

/** Many files at once: one row each (name, kind, result, its problems with their actions). */
export function MaterialsTable({ items, checks, pending, actionsFor, onView }: Props) {
  return (
    <table className="materials-table" data-testid="materials-table">
      <thead>
        <tr>
          <th>{t('ui.materials.tableName')}</th>
          <th>{t('ui.materials.tableKind')}</th>
          <th>{t('ui.materials.tableStatus')}</th>
          <th>{t('ui.materials.tableProblem')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ material: m, kind }) => {
          const check = checks.get(m.id);
          const status = pending.includes(m.id) ? 'running' : (check?.status ?? 'pending');
          return (
            <tr
              key={m.id}
              data-testid="material-row"
              data-name={m.originalName}
              data-status={status}
              data-checked-at={check?.checkedAt ?? ''}
            >
              <td>
                <button type="button" className="link" onClick={() => onView(m, null)}>
                  {m.originalName}
                </button>
              </td>
              <td>{t(`ui.kind.${kind}`)}</td>
              <td>
                <StatusBadge status={status} />
              </td>
              <td>
                {check && status !== 'running' && (
                  <FindingList findings={check.findings} actions={{ ...actionsFor(m), onView: (f) => onView(m, f) }} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
