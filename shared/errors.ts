import { t, type Params } from './i18n';
import type { AppErrorShape } from './result';

/**
 * An expected failure with a stable code and a localised message. Services throw it;
 * the CLI prints it (exit 2) and IPC handlers return it as `{ ok: false, error }`.
 */
export class AppError extends Error {
  readonly code: string;
  readonly key: string;
  readonly params: Params;

  constructor(code: string, key: string, params: Params = {}) {
    super(t(key, params));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = params;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, params: this.params };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Any thrown value as a shape a user can read; unexpected errors keep their message. */
export function toErrorShape(e: unknown): AppErrorShape {
  if (isAppError(e)) return e.toShape();
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message: t('error.internal', { detail }), params: { detail } };
}
