import { t } from '../../../shared/i18n';
import { NotAvailable, ScreenHeader } from '../components/common';
import type { ScreenProps } from './CaseWorkspace';

export function ReviewScreen(_props: ScreenProps) {
  return (
    <>
      <ScreenHeader title={t('ui.step.eligibility')} />
      <NotAvailable feature="x" />
    </>
  );
}
