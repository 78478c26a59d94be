/** A safe file name for an uploaded licence's temp copy (keeps the extension, drops paths). */
export function sanitizeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'licence';
  const cleaned = base.replace(/[^\p{L}\p{N}._-]/gu, '_').slice(-100);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'licence';
}
