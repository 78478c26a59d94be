import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Handle } from '../../shared/ipc';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from './context';
import { defaultBundleName } from './bundle';
import { todayIn } from '../../shared/rulebook';

/** The folder exports go to unless the user types another: Downloads, else home. */
function defaultExportDir(): string {
  const downloads = join(homedir(), 'Downloads');
  return existsSync(downloads) ? downloads : homedir();
}

/** Opens the folder holding `path` in the platform's file manager (no electron needed). */
function revealFolder(path: string): boolean {
  const dir = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
  if (!existsSync(dir)) throw new AppError('FILE_NOT_FOUND', 'error.fileNotFound', { file: dir });
  const command = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(command, [dir], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
}

export function registerUiIpc(handle: Handle, ctx: ServiceContext): void {
  handle('ui:exportTarget', (a) => {
    const c = ctx.store.getCase(a.caseId);
    const dir = defaultExportDir();
    const name = defaultBundleName(c.companyName, a.today ?? todayIn(ctx.rulebook));
    return { path: join(dir, name), dir, name, canChoose: ctx.chooseSavePath !== undefined };
  });
  handle('ui:chooseSavePath', async (a) => {
    if (!ctx.chooseSavePath) throw new AppError('NOT_AVAILABLE', 'error.noNativeDialog');
    return { path: await ctx.chooseSavePath(a.defaultPath) };
  });
  handle('ui:revealPath', (a) => {
    const exported = ctx.store.listExports(a.caseId).some((e) => e.path === a.path);
    if (!exported) throw new AppError('NOT_AN_EXPORT', 'error.fileNotFound', { file: a.path });
    return { opened: revealFolder(a.path) };
  });
}
