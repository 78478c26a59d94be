import type { ExposedApi } from '../../shared/ipc';

declare global {
  interface Window {
    jitkit: ExposedApi;
  }
}
export {};

declare module '*?url' {
  const url: string;
  export default url;
}
