import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { sniffFile } from '../../electron/services/files';
import { detectKind } from '../../electron/services/checks';

const dir = mkdtempSync(join(tmpdir(), 'jitkit-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An Office file as Word/Excel write it: a zip whose part names say which application. */
async function officeZip(name: string, parts: string[]): Promise<string> {
  const path = join(dir, name);
  const zip = new yazl.ZipFile();
  for (const p of parts) zip.addBuffer(Buffer.from(`<?xml version="1.0"?><x>${'内容'.repeat(200)}</x>`), p);
  zip.end();
  await new Promise<void>((done, fail) =>
    zip.outputStream.pipe(createWriteStream(path)).on('close', done).on('error', fail),
  );
  return path;
}

describe('office files renamed to .pdf', () => {
  it('a .docx is told apart from a spreadsheet and refused as DOCX, not described as XLSX', async () => {
    const docx = await officeZip('库存清零.pdf', [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
    ]);
    expect((await sniffFile(docx)).type).toBe('docx');
    const d = await detectKind(docx);
    expect(d.kind).toBe('unknown');
    expect(d.findings.map((f) => f.code)).toEqual(['FILE_UNSUPPORTED_FORMAT']);
    expect(d.findings[0]!.message).toContain('DOCX');
    expect(d.findings[0]!.message).not.toContain('XLSX');
  });

  it('an .xlsx stays a spreadsheet (an inventory attempt)', async () => {
    const xlsx = await officeZip('stock.pdf', [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect((await sniffFile(xlsx)).type).toBe('xlsx');
    expect((await detectKind(xlsx)).kind).toBe('inventory');
  });
});
