import type { Command } from 'commander';
import { AppError } from '../../../shared/errors';
import type { FindingCode } from '../../../shared/findings';
import type { LicenceReading } from '../../../shared/licence';
import { readLicence } from '../../services/licence';
import { shutdownOcr } from '../../services/ocr';
import type { OcrEngineName } from '../../services/ocr/types';
import { globalOptions, makeOutput } from '../context';
import { requireFiles } from './check';
import type { CliCommand } from './types';

/** Findings that mean the input itself could not be used (exit 2), not a failed reading (exit 1). */
const UNREADABLE: FindingCode[] = [
  'FILE_UNREADABLE',
  'FILE_TYPE_MISMATCH',
  'FILE_UNSUPPORTED_FORMAT',
  'FILE_TOO_LARGE',
  'IMAGE_TOO_LARGE',
  'PDF_ENCRYPTED',
  'PDF_TOO_MANY_PAGES',
];

export function licenceExitCode(r: LicenceReading): number {
  if (r.findings.some((f) => UNREADABLE.includes(f.code))) return 2;
  const complete = r.fields.companyName !== null && r.fields.uscc !== null && r.fields.legalRepresentative !== null;
  return complete && r.usccValid ? 0 : 1;
}

function parseEngine(value: string | undefined): OcrEngineName | undefined {
  if (value === undefined || value === 'paddle' || value === 'tesseract') return value;
  throw new AppError('USAGE', 'error.usage', { detail: `--engine ${value} (paddle|tesseract)` });
}

function human(r: LicenceReading): string {
  const rows = [
    `名称 / company:        ${r.fields.companyName ?? '—'}`,
    `统一社会信用代码 / USCC: ${r.fields.uscc ?? '—'}${r.fields.uscc ? (r.usccValid ? ' ✓' : ' ✗') : ''}`,
    `法定代表人 / legal rep:  ${r.fields.legalRepresentative ?? '—'}`,
  ];
  if (r.type) rows.push(`类型 / type:          ${r.type}`);
  if (r.foundedDate) rows.push(`成立日期 / founded:    ${r.foundedDate}`);
  if (r.address) rows.push(`住所 / address:        ${r.address}`);
  return [...rows, ...r.findings.map((f) => `  [${f.severity}] ${f.code}: ${f.message}`)].join('\n');
}

async function runLicence(file: string, opts: { engine?: string }, cmd: Command): Promise<number> {
  const out = makeOutput(Boolean(globalOptions(cmd).json));
  try {
    const engine = parseEngine(opts.engine);
    requireFiles([file]);
    const reading = await readLicence(file, {
      engine,
      onProgress: (f, stage) => out.progress(`${stage} ${Math.round(f * 100)}%`),
    });
    const code = licenceExitCode(reading);
    if (code === 2) for (const f of reading.findings) out.progress(f.message);
    out.result(reading, () => human(reading));
    return code;
  } finally {
    await shutdownOcr();
  }
}

export const licenceCommand: CliCommand = (program, run) => {
  program
    .command('licence')
    .description('read a business licence by OCR / 识别营业执照')
    .argument('<file>', 'photo or scan of the licence (JPEG, PNG, WebP, TIFF or PDF)')
    .option('--engine <name>', 'paddle (default) | tesseract')
    .action(run(runLicence));
};
