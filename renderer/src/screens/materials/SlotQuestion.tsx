import { t } from '../../../../shared/i18n';
import type { FileCheck } from '../../../../shared/findings';
import { SINGLE_SLOT, effectiveKind, type Material } from './materials-model';

export type SlotConflict = { kind: Material['kind']; older: Material; newer: Material };

/** A one-per-case material (licence, letter, inventory) that now has two files: the newest pair. */
export function slotConflict(list: Material[], checks: Map<string, FileCheck>): SlotConflict | null {
  for (const kind of SINGLE_SLOT) {
    const same = list.filter((m) => effectiveKind(m, checks.get(m.id)) === kind);
    if (same.length > 1) return { kind, older: same[same.length - 2]!, newer: same[same.length - 1]! };
  }
  return null;
}

/** "已经有一份…要替换吗？": replace (the older goes) or keep the old one (the new file goes). */
export function SlotQuestion({ conflict, onRemove }: { conflict: SlotConflict; onRemove: (id: string) => void }) {
  return (
    <div
      className="notice notice-info slot-question"
      role="alertdialog"
      data-testid="slot-question"
      data-kind={conflict.kind}
    >
      <span>
        {t('ui.materials.slotTaken', {
          kind: t(`ui.kind.${conflict.kind}`),
          name: conflict.older.originalName,
          newName: conflict.newer.originalName,
        })}
      </span>
      <button
        type="button"
        className="btn btn-small btn-primary"
        onClick={() => onRemove(conflict.older.id)}
        data-testid="slot-replace"
      >
        {t('ui.materials.slotReplace')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onRemove(conflict.newer.id)}
        data-testid="slot-keep"
      >
        {t('ui.materials.slotKeep')}
      </button>
    </div>
  );
}
