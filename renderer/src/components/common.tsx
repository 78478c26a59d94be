import type { ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import type { AppErrorShape } from '../../../shared/result';
import type { FileStatus } from '../../../shared/findings';
import type { CaseStatus } from '../../../shared/case';

/** Small presentational pieces shared by every screen. */
export const STATUS_TONE: Record<CaseStatus, 'pending' | 'pass' | 'warn' | 'fail'> = {
  draft: 'pending',
  ready: 'pass',
  exported: 'pass',
  archived: 'warn',
};

export function StatusBadge({ status, label }: { status: FileStatus | 'pending' | 'running'; label?: string }) {
  return <span className={`badge badge-${status}`}>{label ?? t(`ui.status.${status}`)}</span>;
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
    >
      <div className="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

/** A feature whose service has not landed yet: a calm explanation instead of a crash. */
export function NotAvailable({ feature }: { feature: string }) {
  return (
    <div className="notice notice-info" role="status" data-testid="not-available">
      <strong>{t('ui.notAvailable.title')}</strong>
      <p>{t('ui.notAvailable.body', { feature })}</p>
    </div>
  );
}

export function ErrorNotice({ error }: { error: AppErrorShape | null }) {
  if (!error) return null;
  // A declared channel no service registered (the e2e bridge answers UNKNOWN_CHANNEL).
  if (error.code === 'UNKNOWN_CHANNEL') return <NotAvailable feature={String(error.params?.channel ?? '')} />;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{t('ui.error.title')}</strong>
      <p>{error.message}</p>
    </div>
  );
}

export function ScreenHeader({ title, lead, actions }: { title: string; lead?: string; actions?: ReactNode }) {
  return (
    <div className="screen-header">
      <div>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {actions && <div className="screen-actions">{actions}</div>}
    </div>
  );
}

export function Card({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className ?? ''}`}>
      {title && <h2 className="card-title">{title}</h2>}
      {children}
    </section>
  );
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
