import { t } from '../../../shared/i18n';
import { NotAvailable, ScreenHeader } from '../components/common';
import type { ScreenProps } from './CaseWorkspace';

export function LicenceScreen(_props: ScreenProps) {
  return (
    <>
      <ScreenHeader title={t('ui.step.eligibility')} />
      <NotAvailable feature="x" />
    </>
  );
}
