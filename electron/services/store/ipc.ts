import type { Handle } from '../../../shared/ipc';
import type { ServiceContext } from '../context';

export function registerStoreIpc(handle: Handle, ctx: ServiceContext): void {
  handle('case:list', (a) => ctx.store.listCases({ search: a.search, includeArchived: a.includeArchived }));
  handle('case:get', (a) => ctx.store.getCase(a.id));
  handle('case:create', (a) => ctx.store.createCase(a));
  handle('case:update', (a) => ctx.store.updateCase(a.id, a.patch));
  handle('case:duplicate', (a) => ctx.store.duplicateCase(a.id));
}
