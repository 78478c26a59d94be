import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../../shared/case';
import { isAppError } from '../../shared/errors';
import {
  LETTER_LAYOUT as L,
  LETTER_FONT_PT,
  commitmentBaseline,
  mmBoxToPixels,
  registrationMarkCentres,
  sealAreaBox,
  textLineBox,
  type MmBox,
} from '../../shared/letter-layout';
import { threshold } from '../../shared/rulebook';
import { generateLetter, generateLetterWithId, letterDocumentId } from '../../electron/services/letter';
import { loadRulebook } from '../../electron/services/rulebook';
import type { Handle } from '../../shared/ipc';
import { registerLetterIpc } from '../../electron/services/letter/ipc';
import { CaseStore } from '../../electron/services/store';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const book = loadRulebook();
const RARE: CaseInput = {
  companyName: '杭州鑫璟熠服饰有限公司',
  uscc: '91330100MA2H3K4L5X',
  legalRepresentative: '王鑫璟熠',
  storeName: '鑫璟熠旗舰店',
  storeId: '1102345678',
  exitReason: 'no-jit-orders-90d',
  signDate: '2026-11-20',
};
const DPI = 100;

type Page = { data: Buffer; width: number; height: number };

function pdfText(pdf: Uint8Array, dir: string): string {
  const file = join(dir, 'letter.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

async function renderPage(pdf: Uint8Array, dir: string): Promise<Page> {
  const file = join(dir, 'render.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-singlefile', file, join(dir, 'page')]);
  const { data, info } = await sharp(join(dir, 'page.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Dark pixels (printed ink, not the light grey guides) inside a millimetre box. */
function inkIn(page: Page, box: MmBox, darkBelow = 110): number {
  const px = mmBoxToPixels(box, page);
  let count = 0;
  for (let y = Math.max(0, px.y); y < Math.min(page.height, px.y + px.height); y++) {
    for (let x = Math.max(0, px.x); x < Math.min(page.width, px.x + px.width); x++) {
      if ((page.data[y * page.width + x] ?? 255) < darkBelow) count++;
    }
  }
  return count;
}

const line = (x: number, baseline: number, width: number, size: number = LETTER_FONT_PT.body) =>
  textLineBox(x, baseline, width, size);

describe('commitment letter PDF', () => {
  it('extracts every field, the chosen ground and every commitment as real Unicode', async () => {
    const dir = tempDir();
    const { pdf, documentId } = await generateLetterWithId(RARE, { rulebook: book });
    const text = pdfText(pdf, dir).replace(/\s+/g, '');
    for (const field of [
      'JIT退出承诺书',
      RARE.companyName,
      RARE.uscc,
      RARE.storeName!,
      RARE.storeId!,
      `法定代表人：${RARE.legalRepresentative}`,
    ]) {
      expect(text).toContain(field);
    }
    expect(text).toContain(book.exitGrounds[0]!.text['zh-CN'].replace(/\s+/g, ''));
    expect(text).toContain('法定代表人（签字）：');
    expect(text).toContain('公司盖章：');
    expect(text).toContain('2026年11月20日');
    expect(text).toContain(documentId);
    expect(text).toContain('未完成履约的JIT订单');
    expect(text).toContain('未对账的JIT调拨单');
    expect(text).toContain(`至少${book.reentry.coolingDays}个自然日`);
    expect(text).toContain(`至少${book.reentry.minNonJitOrders}笔非JIT订单`);
    expect(text).toContain(`¥${threshold(book, 'bondedStorageYuanPerBoxDay')}/箱/天`);
    expect(text).toContain('仓储合同');
  });

  it('prints the numbers the rulebook holds, not literals', async () => {
    const dir = tempDir();
    const edited = structuredClone(book);
    edited.reentry.coolingDays = 120;
    edited.thresholds.bondedStorageYuanPerBoxDay.value = 2.5;
    const text = pdfText(await generateLetter(RARE, { rulebook: edited }), dir).replace(/\s+/g, '');
    expect(text).toContain('至少120个自然日');
    expect(text).toContain('¥2.5/箱/天');
  });

  it('puts ink where each part is printed and leaves the signing and seal areas blank', async () => {
    const dir = tempDir();
    const page = await renderPage(await generateLetter(RARE, { rulebook: book }), dir);
    expect(page.width).toBeCloseTo((210 / 25.4) * DPI, -1);
    const printed: Record<string, MmBox> = {
      title: L.title.box,
      ...Object.fromEntries(L.identity.baselines.map((b, i) => [`identity${i}`, line(L.margin, b, 60)])),
      exitGround: line(L.margin + L.commitments.indent, L.exitGround.firstBaseline, 60),
      ...Object.fromEntries(
        [0, 1, 2, 3, 4].map((i) => [
          `commitment${i}`,
          line(L.margin + L.commitments.indent, commitmentBaseline(i, 0), 60),
        ]),
      ),
      legalRep: line(L.margin, L.legalRepLine.baseline, 40),
      signatureLabel: line(L.margin, L.signatureLabel.baseline, 38),
      sealLabel: line(L.sealLabel.box.x, L.sealLabel.baseline, 18),
      date: line(L.margin, L.dateLine.baseline, 40),
      footer: line(L.margin + 20, L.footer.baseline, 120, LETTER_FONT_PT.small),
    };
    for (const [name, box] of Object.entries(printed)) {
      expect(inkIn(page, box), name).toBeGreaterThan(40);
    }
    for (const mark of registrationMarkCentres())
      expect(inkIn(page, { x: mark.x - 1, y: mark.y - 1, width: 2, height: 2 })).toBeGreaterThan(20);
    // Nothing dark where the hand signature and the seal go (the guides print light grey).
    expect(inkIn(page, L.signatureZone)).toBe(0);
    expect(inkIn(page, sealAreaBox())).toBe(0);
    // And nothing in the margin between the right edge of the text and the registration marks.
    expect(inkIn(page, { x: 186, y: 40, width: 8, height: 200 })).toBe(0);
  });

  it('renders rare characters in names (鑫璟熠) as real glyphs, not blanks', async () => {
    const dir = tempDir();
    const page = await renderPage(await generateLetter(RARE, { rulebook: book }), dir);
    // The name follows the 6-character label 法定代表人： (11 pt ≈ 3.9 mm per character).
    const labelEnd = L.margin + 6 * (LETTER_FONT_PT.body / (72 / 25.4));
    const perChar = LETTER_FONT_PT.body / (72 / 25.4);
    for (let i = 0; i < 4; i++) {
      const glyph = line(labelEnd + i * perChar, L.legalRepLine.baseline, perChar);
      expect(inkIn(page, glyph), `name character ${i}`).toBeGreaterThan(25);
    }
  });

  it('stays small and gives the same document ID for the same case and date', async () => {
    const a = await generateLetterWithId(RARE, { rulebook: book });
    const b = await generateLetterWithId({ ...RARE, legalRepresentative: '李四' }, { rulebook: book });
    expect(a.pdf.length).toBeLessThan(500 * 1024);
    expect(a.documentId).toBe(letterDocumentId(RARE, '2026-11-20'));
    expect(a.documentId).toMatch(/^JIT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(b.documentId).not.toBe(a.documentId);
  });

  it('refuses a case without an exit ground and a name the fonts cannot print', async () => {
    const noGround = { ...RARE, exitReason: undefined };
    await expect(generateLetter(noGround, { rulebook: book })).rejects.toSatisfy(
      (e) => isAppError(e) && e.code === 'LETTER_EXIT_REASON_MISSING',
    );
    const unprintable = { ...RARE, legalRepresentative: '王\u{10FFFD}' };
    await expect(generateLetter(unprintable, { rulebook: book })).rejects.toSatisfy(
      (e) => isAppError(e) && e.code === 'LETTER_MISSING_GLYPHS',
    );
  });
});

describe('letter IPC', () => {
  it('generates for a stored case and saves where the user chose', async () => {
    const dir = tempDir();
    const store = new CaseStore(join(dir, 'data'));
    try {
      const created = store.createCase(RARE);
      const handlers = new Map<string, (args: unknown) => unknown>();
      const handle = ((channel: string, impl: (args: unknown) => unknown) =>
        handlers.set(channel, impl)) as unknown as Handle;
      registerLetterIpc(handle, { store, rulebook: book, emitProgress: () => undefined, workDir: dir });
      const generated = (await handlers.get('letter:generate')!({ caseId: created.id })) as {
        pdf: Uint8Array;
        documentId: string;
      };
      expect(generated.documentId).toBe(letterDocumentId(RARE, '2026-11-20'));
      expect(Buffer.from(generated.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const out = join(dir, 'saved.pdf');
      const saved = (await handlers.get('letter:save')!({ caseId: created.id, path: out })) as { bytes: number };
      expect(readFileSync(out).length).toBe(saved.bytes);
      expect(pdfText(readFileSync(out), dir)).toContain(RARE.legalRepresentative);
    } finally {
      store.close();
    }
  });
});

describe('jitkit letter', () => {
  it('writes the PDF, refuses to overwrite without --force and leaves no partial file', () => {
    const dir = tempDir();
    const caseFile = join(dir, 'case.json');
    writeFileSync(caseFile, JSON.stringify(RARE));
    const out = join(dir, 'letter.pdf');
    const first = runCli(['letter', '--case', caseFile, '--out', out, '--json']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ out, documentId: letterDocumentId(RARE, '2026-11-20') });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const before = readFileSync(out);
    const again = runCli(['letter', '--case', caseFile, '--out', out, '--json', '--sign-date', '2026-12-01']);
    expect(again.code).toBe(2);
    expect(again.json()).toMatchObject({ error: { code: 'OUTPUT_EXISTS' } });
    expect(readFileSync(out).equals(before)).toBe(true);
    const forced = runCli([
      'letter',
      '--case',
      caseFile,
      '--out',
      out,
      '--force',
      '--sign-date',
      '2026-12-01',
      '--json',
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).equals(before)).toBe(false);

    writeFileSync(caseFile, JSON.stringify({ ...RARE, legalRepresentative: '王\u{10FFFD}' }));
    const failed = runCli(['letter', '--case', caseFile, '--out', join(dir, 'bad.pdf'), '--json']);
    expect(failed.code).toBe(2);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Four CLI processes; generous on a busy shared machine.
  }, 240_000);
});
