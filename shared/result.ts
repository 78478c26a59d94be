/** Every IPC call and service boundary returns this shape (after Signal-Desktop). */
export type AppErrorShape = { code: string; message: string; params?: Record<string, string | number> };
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppErrorShape): Result<T> => ({ ok: false, error });
