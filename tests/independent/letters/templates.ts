/**
 * Letter templates as HTML, modelled on what sellers sign: the platform's letter from the back office
 * and Word copies of it. Elements the seal and signature are placed against carry data-anchor:
 * company (printed company value), legal (printed legal representative), sign (the signing label),
 * sign-field (the blank beside or under it), date, stamp (承诺人（盖章）label).
 */
import type { Rng } from './rng';
import { ADDRESSEES, CHINESE_NUMERALS, letterText, signingDate } from './text';

export const TEMPLATES = ['platform', 'word-left', 'word-table', 'letter-han', 'word-minimal', 'right-plain'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface TemplateInput {
  printedCompany: string;
  /** null: the page has a signing line but no printed name. */
  printedLegal: string | null;
  legalLabel: string;
  uscc: string;
  shopName: string;
  font: string;
}

export interface RenderedTemplate {
  html: string;
  date: string;
}

/** The back office's print header: the orange-red AliExpress wordmark, which is not a seal either. */
const PLATFORM_HEADER =
  '<div class="hdr"><span style="color:#e62e04;font-weight:700;font-family:\'DejaVu Sans\',sans-serif;font-size:1.3em">AliExpress</span>' +
  '<span>全球速卖通 · 商家后台 · 业务申请</span></div>';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageStyle(font: string, rng: Rng): string {
  const size = rng.range(3.7, 4.3).toFixed(2);
  const lh = rng.range(1.6, 1.95).toFixed(2);
  const padX = rng.range(20, 28).toFixed(1);
  const padY = rng.range(20, 30).toFixed(1);
  return `font-family:'${font}';font-size:${size}mm;line-height:${lh};padding:${padY}mm ${padX}mm`;
}

function field(label: string, value: string, anchor: string | null, underline: boolean, minMm = 45): string {
  const a = anchor ? ` data-anchor="${anchor}"` : '';
  const ul = underline ? ` class="ul" style="min-width:${minMm}mm"` : '';
  return `<div class="row"><span class="lab">${label}</span><span${ul}${a}>${esc(value) || '&nbsp;'}</span></div>`;
}

function signRow(label: string, underline: boolean, below: boolean): string {
  const blank = underline
    ? '<span class="ul" data-anchor="sign-field" style="min-width:40mm">&nbsp;</span>'
    : '<span data-anchor="sign-field" style="display:inline-block;min-width:40mm">&nbsp;</span>';
  if (below)
    return `<div class="row"><span class="lab" data-anchor="sign">${label}</span></div><div class="row gap" data-anchor="sign-field">&nbsp;</div>`;
  return `<div class="row"><span class="lab" data-anchor="sign">${label}</span>${blank}</div>`;
}

function numbered(rng: Rng, items: string[]): string {
  const style = rng.int(0, 2);
  return items
    .map((t, i) => {
      const n = style === 0 ? `${i + 1}.` : style === 1 ? `${CHINESE_NUMERALS[i] ?? i + 1}、` : `（${i + 1}）`;
      return `<p class="item"><span class="num">${n}</span>${esc(t)}</p>`;
    })
    .join('');
}

/** The platform's letter as downloaded from the back office: centred title, right-hand signing block. */
function platform(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, 'platform', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const underline = rng.chance(0.6);
  const rows = [
    field('承诺人（盖章）：', input.printedCompany, 'company', underline, 50),
    ...(input.printedLegal ? [field(`${input.legalLabel}：`, input.printedLegal, 'legal', underline, 25)] : []),
    signRow(rng.pick(['法定代表人（签字）：', '法定代表人（签名）：', '签字：']), underline, false),
    field('日期：', date, 'date', underline, 35),
  ];
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `${rng.chance(0.5) ? PLATFORM_HEADER : ''}<h1 class="title">JIT退出承诺书</h1><p class="to">${ADDRESSEES[0]}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments)}<p class="para">${text.closing}</p>` +
    `<div class="block" data-anchor="stamp" style="margin-left:${rng.range(70, 88).toFixed(0)}mm;margin-top:${rng.range(12, 24).toFixed(0)}mm">${rows.join('')}</div>` +
    `${rng.chance(0.5) ? '<div class="foot">第 1 页 / 共 1 页</div>' : ''}</div>`;
  return { html, date };
}

/** A Word copy with a left-aligned block listing every field, in the order the seller typed them. */
function wordLeft(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, 'word', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const underline = rng.chance(0.4);
  const head = [
    field('公司名称：', input.printedCompany, 'company', underline, 70),
    field('统一社会信用代码：', input.uscc, null, underline, 50),
  ];
  const legal = input.printedLegal ? [field(`${input.legalLabel}：`, input.printedLegal, 'legal', underline, 30)] : [];
  const tail = [
    signRow(rng.pick(['法定代表人（签字）：', '法定代表人签字：', '签名：']), underline, rng.chance(0.3)),
    `<div class="row"><span class="lab" data-anchor="stamp">${rng.pick(['承诺人（盖章）：', '公司盖章：', '盖章：'])}</span></div>`,
    field('日期：', date, 'date', underline, 35),
  ];
  const rows = rng.chance(0.5)
    ? [...head, ...legal, ...tail]
    : [...tail.slice(1, 2), ...head, ...legal, tail[0] ?? '', tail[2] ?? ''];
  const title = rng.pick(['JIT退出承诺书', 'JIT 退出承诺书', '承诺书']);
  // Some Word copies keep a red title and rule (红头): red print that is not a seal.
  const redHead = rng.chance(0.25);
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `<h1 class="title" style="text-align:${redHead ? 'center' : rng.pick(['center', 'center', 'left'])}${redHead ? ';color:#d2161e' : ''}">${title}</h1>${redHead ? '<div class="redhead"></div>' : ''}<p class="to">${rng.pick(ADDRESSEES)}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments)}<p class="para">${text.closing}</p>` +
    `<div class="block" style="margin-top:${rng.range(10, 22).toFixed(0)}mm${rng.chance(0.3) ? ';text-align:right' : ''}">${rows.join('')}</div></div>`;
  return { html, date };
}

/** A Word copy whose signing block is a bordered table. */
function wordTable(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, rng.chance(0.5) ? 'platform' : 'word', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const cell = (label: string, value: string, anchor: string | null, tall = false): string =>
    `<tr><td class="tl">${label}</td><td${anchor ? ` data-anchor="${anchor}"` : ''}${tall ? ' style="height:22mm"' : ''}>${esc(value) || '&nbsp;'}</td></tr>`;
  const rows = [
    cell('公司名称', input.printedCompany, 'company'),
    cell('统一社会信用代码', input.uscc, null),
    ...(input.printedLegal ? [cell(input.legalLabel, input.printedLegal, 'legal')] : []),
    `<tr><td class="tl" data-anchor="sign">${rng.pick(['法定代表人签字', '签字', '签名'])}</td><td data-anchor="sign-field" style="height:20mm">&nbsp;</td></tr>`,
    `<tr><td class="tl" data-anchor="stamp">公司盖章</td><td style="height:24mm">&nbsp;</td></tr>`,
    cell('日期', date, 'date'),
  ];
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `<h1 class="title">JIT退出承诺书</h1><p class="to">${rng.pick(ADDRESSEES)}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments)}<p class="para">${text.closing}</p>` +
    `<table class="sig" style="width:${rng.range(120, 160).toFixed(0)}mm;margin-top:8mm">${rows.join('')}</table></div>`;
  return { html, date };
}

/** 承诺函: spaced title, two columns at the bottom (stamp left, signature right, date under). */
function letterHan(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, 'word', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const underline = rng.chance(0.5);
  const legal = input.printedLegal ? field(`${input.legalLabel}：`, input.printedLegal, 'legal', underline, 25) : '';
  const left =
    `<div class="col"><div class="row"><span class="lab" data-anchor="stamp">承诺人（盖章）：</span></div>` +
    `<div class="row" data-anchor="company">${esc(input.printedCompany)}</div></div>`;
  const right =
    `<div class="col">${legal}<div class="row"><span class="lab" data-anchor="sign">${rng.pick(['法定代表人（签名）：', '法定代表人或授权代表（签字）：'])}</span></div>` +
    `<div class="row gap" data-anchor="sign-field">&nbsp;</div>${field('日期：', date, 'date', underline, 35)}</div>`;
  const columns = rng.chance(0.7) ? left + right : right + left;
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `<h1 class="title" style="letter-spacing:4mm">承诺函</h1><p class="to">${rng.pick(ADDRESSEES)}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments)}<p class="para">${text.closing}</p>` +
    `<div class="cols" style="margin-top:${rng.range(12, 20).toFixed(0)}mm">${columns}</div></div>`;
  return { html, date };
}

/** A short Word copy: the company only in the text, a bare 签章 line and the date at the right. */
function wordMinimal(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, 'platform', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const legal = input.printedLegal ? field(`${input.legalLabel}：`, input.printedLegal, 'legal', false, 25) : '';
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `<h1 class="title">${rng.pick(['JIT退出承诺书', '关于退出JIT业务的承诺函'])}</h1><p class="to">${rng.pick(ADDRESSEES)}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments.slice(0, 4))}<p class="para">${text.closing}</p>` +
    `<div class="block" style="margin-left:${rng.range(90, 105).toFixed(0)}mm;margin-top:${rng.range(20, 40).toFixed(0)}mm">` +
    `<div class="row" data-anchor="company" style="font-size:0.9em">${esc(input.printedCompany)}</div>${legal}` +
    `<div class="row"><span class="lab" data-anchor="sign stamp">${rng.pick(['签章：', '签字盖章：', '签字（盖章）：'])}</span><span data-anchor="sign-field" style="display:inline-block;min-width:35mm">&nbsp;</span></div>` +
    `${field('', date, 'date', false, 35)}</div></div>`;
  return { html, date };
}

/**
 * A Word copy typed without underlines: the block right-aligned in a narrow column (long names wrap
 * onto a second line), a 承诺函-style title, and the signature on its own line under its label.
 */
function rightPlain(rng: Rng, input: TemplateInput): RenderedTemplate {
  const text = letterText(rng, rng.chance(0.5) ? 'platform' : 'word', input.printedCompany, input.uscc, input.shopName);
  const date = signingDate(rng);
  const plain = (label: string, value: string, anchor: string): string =>
    `<div class="row"><span class="lab">${label}</span><span data-anchor="${anchor}">${esc(value)}</span></div>`;
  const legal = input.printedLegal ? plain(`${input.legalLabel}：`, input.printedLegal, 'legal') : '';
  const sign =
    `<div class="row"><span class="lab" data-anchor="sign">${rng.pick(['法定代表人签字：', '签字：', '负责人签名：', '签名：'])}</span></div>` +
    '<div class="row gap" data-anchor="sign-field">&nbsp;</div>';
  const stamp = `<div class="row"><span class="lab" data-anchor="stamp">${rng.pick(['承诺人（盖章）：', '（公章）', '单位盖章：'])}</span></div>`;
  const company = plain(rng.pick(['承诺人：', '公司名称：', '承诺单位：']), input.printedCompany, 'company');
  const rows = rng.chance(0.5) ? [company, stamp, legal, sign] : [stamp, company, sign, legal];
  const html =
    `<div class="page" style="${pageStyle(input.font, rng)}">` +
    `<h1 class="title">${rng.pick(['承诺函', 'JIT退出承诺函', '退出JIT承诺书', '承 诺 书'])}</h1><p class="to">${rng.pick(ADDRESSEES)}：</p>` +
    `<p class="para">${esc(text.intro)}</p>${numbered(rng, text.commitments)}<p class="para">${text.closing}</p>` +
    `<div class="block" style="text-align:right;margin-left:auto;width:${rng.range(58, 80).toFixed(0)}mm;margin-top:${rng.range(10, 24).toFixed(0)}mm">` +
    `${rows.join('')}${plain('', date, 'date')}</div></div>`;
  return { html, date };
}

export function renderTemplate(name: TemplateName, rng: Rng, input: TemplateInput): RenderedTemplate {
  if (name === 'platform') return platform(rng, input);
  if (name === 'word-left') return wordLeft(rng, input);
  if (name === 'word-table') return wordTable(rng, input);
  if (name === 'letter-han') return letterHan(rng, input);
  if (name === 'right-plain') return rightPlain(rng, input);
  return wordMinimal(rng, input);
}

export const PAGE_CSS = `
.page{position:relative;width:210mm;height:297mm;box-sizing:border-box;background:#fff;color:#161616;overflow:hidden}
.page .title{font-size:1.75em;font-weight:700;text-align:center;margin:0 0 6mm}
.page p{margin:0 0 1.2mm}.page .para{text-indent:2em}.page .item{padding-left:2em;text-indent:-2em}
.page .num{display:inline-block;min-width:2em;text-indent:0}
.page .row{margin:1.8mm 0;white-space:normal}.page .gap{height:16mm}
.page .ul{display:inline-block;border-bottom:0.3mm solid #222;padding:0 1mm}
.page .cols{display:flex;gap:12mm;justify-content:space-between}.page .col{flex:1}
.page table.sig{border-collapse:collapse}.page table.sig td{border:0.3mm solid #222;padding:2mm 3mm;vertical-align:middle}
.page table.sig td.tl{width:38mm;text-align:center}
.page .hdr{display:flex;justify-content:space-between;align-items:baseline;border-bottom:0.3mm solid #999;color:#666;font-size:0.8em;margin:-8mm 0 8mm;padding-bottom:1.5mm}
.page .foot{position:absolute;bottom:12mm;left:0;right:0;text-align:center;color:#777;font-size:0.75em}
.page .redhead{border-bottom:0.8mm solid #d2161e;box-shadow:0 1.2mm 0 -0.5mm #d2161e;margin:0 0 6mm}
.page .overlay{position:absolute;mix-blend-mode:multiply;pointer-events:none}
`;
