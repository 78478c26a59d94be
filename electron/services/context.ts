import type { ProgressEvent } from '../../shared/ipc';
import type { Rulebook } from '../../shared/rulebook';
import type { CaseStore } from './store';

/** What every service's IPC registration gets: the store, the rulebook, a progress sink. */
export type ServiceContext = {
  store: CaseStore;
  rulebook: Rulebook;
  emitProgress: (event: ProgressEvent) => void;
  /** A folder for generated files (letters, previews) owned by the app. */
  workDir: string;
  /** A native save dialog, supplied by the Electron main process (absent in the CLI and the e2e bridge). */
  chooseSavePath?: (defaultPath: string) => Promise<string | null>;
};
