import type { ExposedApi } from '../../shared/ipc';

declare global {
  interface Window {
    jitkit: ExposedApi;
  }
}
export {};
