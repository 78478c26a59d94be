/**
 * The signature decisions of the any-template letter check on small, known inputs: which line is
 * the signing label when the signature garbles its read, how far the zone reaches when only a
 * stand-in label was read, the text height a swollen label may give, and what the stroke finder
 * takes for handwriting (a looping stroke) and what not (a dark band along the page's edge).
 */
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../electron/services/ocr';
import { PAGE_PX_PER_MM as K, type NormalizedPage } from '../../electron/services/checks/signed-letter/page';
import { findBlueInk, findStrokes, sealInk } from '../../electron/services/checks/signed-letter/signature';
import { findSigningBlock } from '../../electron/services/checks/signed-letter/signing-block';

const W = 210 * K;
const H = 297 * K;

function blankPage(): NormalizedPage {
  return {
    rgb: { data: new Uint8Array(W * H * 3).fill(255), width: W, height: H, channels: 3 },
    grey: new Uint8Array(W * H).fill(255),
    redness: new Uint8Array(W * H),
    width: W,
    height: H,
    toImage: (b) => b,
    onLayout: false,
  } as NormalizedPage;
}

const line = (text: string, xMm: number, yMm: number, wMm: number, confidence = 1, hMm = 6): OcrLine => ({
  text,
  confidence,
  box: { x: xMm * K, y: yMm * K, width: wMm * K, height: hMm * K },
});

/** A right-aligned block whose 负责人签名： a signature crossed (read as 优e责入签), 法定代表人 below. */
const crossedBlock = [
  line('承诺人（盖章）：', 130, 180, 40),
  line('公司名称：澜庭（义乌）国际供应链管', 110, 190, 68),
  line('理有限公司', 150, 197, 25),
  line('优e责入签', 150, 205, 36, 0.12, 11),
  line('法定代表人：蒋泽怡', 150, 235, 37),
  line('2026年10月6日', 160, 244, 28),
];

describe('signing block of any template', () => {
  it('takes a short line that still shows 签 as the signing label when no clean label was read', () => {
    const block = findSigningBlock(blankPage(), crossedBlock);
    expect(block.signLine?.text).toBe('优e责入签');
    const z = block.signatureZone!;
    expect(z.y).toBeLessThanOrEqual(205 * K);
    expect(z.y + z.height).toBeGreaterThanOrEqual(216 * K);
  });

  it('reaches up the block from a stand-in legal-representative label', () => {
    const lines = crossedBlock.filter((l) => !l.text.includes('签'));
    const block = findSigningBlock(blankPage(), lines);
    expect(block.signLine?.text).toBe('法定代表人：蒋泽怡');
    // The unread signing line sat 30 mm above the stand-in: the zone covers it.
    expect(block.signatureZone!.y).toBeLessThanOrEqual(200 * K);
  });

  it('does not take a label swollen by a crossing signature for the print height', () => {
    const lines = [
      line('智汇（深圳）五金制品有限公司', 110, 150, 55),
      line('签字盖章：', 110, 152, 43, 0.86, 17),
      line('2026年11月09日', 112, 166, 33),
    ];
    const block = findSigningBlock(blankPage(), lines);
    expect(block.textHeight).toBeLessThanOrEqual(1.3 * 6 * K);
  });
});

function ink(page: NormalizedPage, x: number, y: number, r: number): void {
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const i = Math.round(y + dy) * page.width + Math.round(x + dx);
      if (i >= 0 && i < page.grey.length) page.grey[i] = 40;
    }
}

describe('pen strokes', () => {
  const zone = { x: 120 * K, y: 200 * K, width: 90 * K, height: 40 * K };

  it('finds a looping pen stroke in the zone', () => {
    const page = blankPage();
    for (let t = 0; t < 1; t += 0.0005)
      ink(page, (130 + 40 * t) * K + 4 * K * Math.sin(t * 30), 220 * K + 5 * K * Math.cos(t * 30 + 1), 1);
    const found = findStrokes(page, zone, 6 * K, 140);
    expect(found).not.toBeNull();
    expect(found!.longestStrokeMm).toBeGreaterThan(20);
  });

  it('does not take a dark band along the page edge (desk or shadow past the crop) for one', () => {
    const page = blankPage();
    for (let y = 200 * K; y < 240 * K; y++) for (let x = W - 2 * K; x < W; x++) page.grey[y * W + x] = 60;
    expect(findStrokes(page, zone, 6 * K, 140)).toBeNull();
  });

  it('does not take a slanted filled band inside the page (desk past a loosely found sheet) for one', () => {
    const page = blankPage();
    // 3 mm wide, 38 mm long, leaning 10%: far from the page border, so not the border's band.
    for (let y = 201 * K; y < 239 * K; y++) {
      const x0 = Math.round(190 * K + 0.1 * (y - 201 * K));
      for (let x = x0; x < x0 + 3 * K; x++) page.grey[y * W + x] = 70;
    }
    expect(findStrokes(page, zone, 6 * K, 140)).toBeNull();
    // A looping signature beside it is still found.
    for (let t = 0; t < 1; t += 0.0005)
      ink(page, (130 + 40 * t) * K + 4 * K * Math.sin(t * 30), 220 * K + 5 * K * Math.cos(t * 30 + 1), 1);
    const found = findStrokes(page, zone, 6 * K, 140);
    expect(found).not.toBeNull();
    expect(found!.box.x + found!.box.width).toBeLessThan(185 * K);
  });

  it('takes a small pale blue scribble for a signature, and scattered blue noise or black print not', () => {
    const blue = (page: NormalizedPage, x: number, y: number) => {
      const i = Math.round(y) * W + Math.round(x);
      page.blueness![i] = 40;
      page.grey[i] = 200;
    };
    const scribble = blankPage();
    scribble.blueness = new Uint8Array(W * H);
    // A 3 mm loop, pale (grey 200: lighter than any pen-ink grey), of a blue ballpoint.
    for (let t = 0; t < 1; t += 0.002)
      blue(scribble, 140 * K + 1.5 * K * Math.cos(t * 12), 220 * K + K * Math.sin(t * 12));
    expect(findStrokes(scribble, zone, 6 * K, 190)).toBeNull();
    expect(findBlueInk(scribble, zone)).not.toBeNull();

    const noise = blankPage();
    noise.blueness = new Uint8Array(W * H);
    // A cool cast: single blue pixels every few millimetres, as JPEG leaves on paper.
    for (let y = 202 * K; y < 238 * K; y += 2 * K) for (let x = 122 * K; x < 208 * K; x += 2 * K) blue(noise, x, y);
    for (let y = 210 * K; y < 214 * K; y++) for (let x = 130 * K; x < 170 * K; x++) noise.grey[y * W + x] = 30;
    expect(findBlueInk(noise, zone)).toBeNull();
  });

  it('takes no stroke lying within a line read as print for a signature, and one reaching past it still', () => {
    const page = blankPage();
    // Print thickened into one long stroke (a name under seal ink, glyphs joined at a faint grey).
    for (let x = 140 * K; x < 160 * K; x++) {
      ink(page, x, 221 * K + 1.5 * K * Math.sin(x / 7), 1);
    }
    const printed = [{ x: 138 * K, y: 217 * K, width: 25 * K, height: 8 * K }];
    expect(findStrokes(page, zone, 6 * K, 140)).not.toBeNull();
    expect(findStrokes(page, zone, 6 * K, 140, [], { notWithin: printed })).toBeNull();
    // A signature crossing the label reaches past its box: still a signature.
    for (let t = 0; t < 1; t += 0.0005) ink(page, (150 + 30 * t) * K, 221 * K + 6 * K * Math.sin(t * 20), 1);
    expect(findStrokes(page, zone, 6 * K, 140, [], { notWithin: printed })).not.toBeNull();
  });

  it("takes a purple seal's ring for seal ink, and a pen stroke crossing it for a stroke", () => {
    // A purple-red pad (#b83a64): its blue hides the redness, its tint (R − G) is its own.
    const stamp = (page: NormalizedPage, x: number, y: number) => {
      const i = Math.round(y) * W + Math.round(x);
      page.grey[i] = 100;
      page.redness[i] = 15;
      page.tint![i] = 120;
    };
    const sealed = () => {
      const page = blankPage();
      page.tint = new Uint8Array(W * H);
      for (let a = 0; a < 2 * Math.PI; a += 0.0005)
        for (let r = 19 * K; r < 20.5 * K; r += 0.5) stamp(page, 160 * K + r * Math.cos(a), 220 * K + r * Math.sin(a));
      return page;
    };
    const seal = { x: 139 * K, y: 199 * K, width: 42 * K, height: 42 * K };
    const page = sealed();
    const ink0 = sealInk(page, seal);
    expect(ink0?.tintPerDark).toBeGreaterThan(0.6);
    expect(findStrokes(page, zone, 6 * K, 175, [], { seal: ink0, ringOf: seal })).toBeNull();
    // A small ballpoint signature along the ring's inner edge: pen ink over seal ink multiplies, dark
    // and hardly tinted (the whole ring band was cleared before the seal's tint was measured).
    for (let t = 0; t < 1; t += 0.0005) {
      const [x, y] = [(150 + 16 * t) * K, 203 * K + 1.5 * K * Math.sin(t * 25)];
      ink(page, x, y, 1);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) page.tint![Math.round(y + dy) * W + Math.round(x + dx)] = 20;
    }
    const found = findStrokes(page, zone, 6 * K, 175, [], { seal: sealInk(page, seal), ringOf: seal });
    expect(found).not.toBeNull();
  });

  it("clears a seal's thin serial digits that JPEG left less tinted, and keeps a pale pen across dense seal ink", () => {
    const page = blankPage();
    page.tint = new Uint8Array(W * H);
    const dab = (x: number, y: number, grey: number, tint: number) => {
      const i = Math.round(y) * W + Math.round(x);
      page.grey[i] = grey;
      page.tint![i] = tint;
      page.redness[i] = tint;
    };
    // Dense seal ink (tint 155 for darkness 155): a filled 40 mm disc's lower half.
    for (let y = 220 * K; y < 240 * K; y++) for (let x = 140 * K; x < 180 * K; x++) dab(x, y, 100, 155);
    // Serial digits above it: thin, light (grey 160) and only 0.4 of the seal's tint for their darkness.
    for (let x = 145 * K; x < 175 * K; x++) for (let y = 214 * K; y < 214 * K + 2; y++) dab(x, y, 160, 38);
    const seal = { x: 140 * K, y: 200 * K, width: 40 * K, height: 40 * K };
    expect(findStrokes(page, zone, 6 * K, 175, [], { seal: sealInk(page, seal) })).toBeNull();
    // A pale pen across the dense ink: darker than the seal's ink, as little tinted for its darkness.
    for (let t = 0; t < 1; t += 0.0005) {
      const [x, y] = [(145 + 25 * t) * K, 230 * K + 3 * K * Math.sin(t * 12)];
      for (let d = -1; d <= 1; d++) dab(x, y + d, 70, 75);
    }
    expect(findStrokes(page, zone, 6 * K, 175, [], { seal: sealInk(page, seal) })).not.toBeNull();
  });
});
