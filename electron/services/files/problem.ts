import type { Finding, FindingCode } from '../../../shared/findings';
import { AppError } from '../../../shared/errors';
import { makeFinding } from '../../../shared/findings';
import type { Params } from '../../../shared/i18n';

/** A file that cannot be used as given; carries the finding code the checkers report. */
export class FileProblem extends AppError {
  readonly findingCode: FindingCode;

  constructor(findingCode: FindingCode, params: Params = {}) {
    super(findingCode, `finding.${findingCode}`, params);
    this.findingCode = findingCode;
  }
}

/** Any failure while loading a file, as the finding a checker returns (never a throw). */
export function fileProblemFinding(e: unknown, file: string): Finding {
  if (e instanceof FileProblem) return makeFinding(e.findingCode, e.params);
  const detail = e instanceof Error ? e.message : String(e);
  return makeFinding('FILE_UNREADABLE', { detail: detail.slice(0, 200), file });
}
