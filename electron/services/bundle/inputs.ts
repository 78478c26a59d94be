import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { sniffFile, type SniffedType } from '../files';

/**
 * Expands `<file|dir...>` into the material files to bundle. Folders are read one level
 * deep; inside a folder only files whose content is an image, PDF or spreadsheet count
 * (a case.json, notes or an earlier zip beside them are not materials). Files named
 * explicitly are always kept, so a wrong file is reported rather than silently dropped.
 */
const MATERIAL_TYPES: SniffedType[] = ['jpeg', 'png', 'webp', 'tiff', 'gif', 'heic', 'pdf', 'xlsx', 'xls', 'csv'];

export async function expandInputs(paths: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file: path });
    if (statSync(path).isFile()) {
      files.push(path);
      continue;
    }
    for (const name of readdirSync(path).sort()) {
      const file = join(path, name);
      if (name.startsWith('.') || exclude.some((e) => name.endsWith(e)) || !statSync(file).isFile()) continue;
      if (MATERIAL_TYPES.includes((await sniffFile(file)).type)) files.push(file);
    }
  }
  const unique = [...new Set(files)];
  if (unique.length === 0) throw new AppError('NO_INPUTS', 'bundle.error.noInputs', { paths: paths.join(', ') });
  return unique;
}

/** Report and zip names this tool writes, never taken as materials from a folder. */
export const OWN_OUTPUTS = ['.report.json', '.report.pdf', '.zip', 'case.json'];
