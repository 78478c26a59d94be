/**
 * HTML templates of business licences, drawn from how the printed forms look (not from the
 * app's fixture drawing code): the landscape 2019+ form, the portrait 副本, the pre-2015 form
 * with a 注册号, an electronic licence with its diagonal overlay, and a 仅供…使用 watermark,
 * and the older ruled two-column 副本 where 类型 sits beside the name in the same row.
 * Rendered in Chromium with the system CJK fonts.
 */
import type { LicenceFacts, Rng } from './content';
import { pick } from './content';

export type Layout =
  'landscape' | 'portrait' | 'oldPortrait' | 'electronic' | 'electronicPortrait' | 'table' | 'oldTable' | 'oldStacked';
export type Look = {
  font: string;
  labelWidthEm: number;
  ink: string;
  paper: string;
  watermark: string | null;
  fontPx: number;
  /** Labels typed with spaces between their characters (投 资 人) instead of spread by layout. */
  spacedLabels: boolean;
  /** How strongly the 仅供…使用 watermark shows (alpha of its grey). */
  watermarkAlpha: number;
};

const FONTS = ["'Noto Serif CJK SC'", "'Noto Sans CJK SC'", "'WenQuanYi Zen Hei'", "'WenQuanYi Micro Hei'"];

export function makeLook(rng: Rng): Look {
  return {
    font: pick(rng, FONTS),
    // 名称 spread over 2 (tight) to 6 (wide gaps) character widths.
    labelWidthEm: pick(rng, [2, 3, 4.5, 6]),
    ink: pick(rng, ['#111', '#222', '#2b2b3a', '#333']),
    paper: pick(rng, ['#fff', '#fbf8ef', '#f6f1e4', '#fdfcf7']),
    watermark:
      rng() < 0.35 ? pick(rng, ['仅供速卖通平台认证使用', '仅用于JIT退出申请使用', '此复印件仅供办理业务使用']) : null,
    fontPx: pick(rng, [24, 26, 28, 30, 32]),
    spacedLabels: rng() < 0.35,
    watermarkAlpha: pick(rng, [0.22, 0.3, 0.4]),
  };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A spaced label: characters spread over a fixed width, as the forms print them. */
function label(text: string, look: Look): string {
  if (look.spacedLabels) return `<span class="lab" style="white-space:pre">${[...text].join(' ')}</span>`;
  const width = Math.max(look.labelWidthEm, text.length);
  const chars = [...text].map((c) => `<span>${c}</span>`).join('');
  return `<span class="lab" style="width:${width}em">${chars}</span>`;
}

function row(name: string, value: string, look: Look): string {
  return `<div class="row">${label(name, look)}<span class="val">${esc(value)}</span></div>`;
}

function css(look: Look, w: number, h: number): string {
  return `body{margin:0} .page{position:relative;width:${w}px;height:${h}px;background:${look.paper};color:${look.ink};font-family:${look.font};font-size:${look.fontPx}px;overflow:hidden}
.frame{position:absolute;inset:28px;border:10px double #b89b5e}
.title{position:absolute;left:0;right:0;text-align:center;font-size:${Math.round(look.fontPx * 3.2)}px;letter-spacing:.4em;font-weight:700}
.row{display:flex;margin:0 0 ${Math.round(look.fontPx * 0.9)}px 0;line-height:1.35}
.lab{display:inline-flex;justify-content:space-between;flex:none;margin-right:1.2em;font-weight:700}
.val{flex:1}
.code{position:absolute;font-size:${Math.round(look.fontPx * 0.95)}px}
.wm{position:absolute;left:-10%;width:120%;text-align:center;transform:rotate(-28deg);font-size:${look.fontPx * 3}px;color:rgba(120,120,120,${look.watermarkAlpha});white-space:nowrap}
.elic{position:absolute;inset:0;display:flex;flex-wrap:wrap;align-content:space-around;justify-content:space-around;transform:rotate(-30deg) scale(1.4);color:rgba(200,60,60,.16);font-size:${look.fontPx * 2}px;font-weight:700}
.seal{position:absolute;width:180px;height:180px;border:6px solid rgba(210,30,30,.75);border-radius:50%;color:rgba(210,30,30,.8);font-size:22px;display:flex;align-items:center;justify-content:center}
.scope{font-size:${Math.round(look.fontPx * 0.8)}px;line-height:1.5}`;
}

function overlays(look: Look, electronic: boolean): string {
  const elic = electronic ? `<div class="elic">${'<span>电子营业执照</span>'.repeat(12)}</div>` : '';
  // The watermark repeated down the page, across the field rows (as a seller stamps a copy).
  const wm = look.watermark
    ? [22, 48, 74].map((top) => `<div class="wm" style="top:${top}%">${look.watermark ?? ''}</div>`).join('')
    : '';
  return elic + wm;
}

function landscape(f: LicenceFacts, look: Look, electronic: boolean): string {
  const code = f.uscc ?? '';
  return `<style>${css(look, 1600, 1120)}</style><div class="page"><div class="frame"></div>
<div class="code" style="left:90px;top:80px">统一社会信用代码<br>${code}</div>
<div class="title" style="top:120px">营业执照</div>
<div style="position:absolute;left:110px;top:380px;width:700px">
${row('名称', f.companyName, look)}${row('类型', f.type, look)}${row(f.repLabel, f.legalRepresentative, look)}
<div class="row">${label('经营范围', look)}<span class="val scope">一般项目：互联网销售（除销售需要许可的商品）；服装服饰批发；货物进出口。</span></div></div>
<div style="position:absolute;left:880px;top:380px;width:640px">
${row('注册资本', f.capital, look)}${row('成立日期', f.founded, look)}${row('住所', f.address, look)}</div>
<div class="seal" style="left:1240px;top:860px">登记机关</div>${overlays(look, electronic)}</div>`;
}

function portrait(f: LicenceFacts, look: Look, old: boolean, electronic = false): string {
  const top = old ? `注册号 ${f.registrationNumber ?? ''}` : `统一社会信用代码 ${f.uscc ?? ''}`;
  return `<style>${css(look, 1100, 1560)}</style><div class="page"><div class="frame"></div>
<div class="title" style="top:140px">营业执照</div>
<div class="code" style="right:110px;top:360px">${top}</div>
<div style="position:absolute;left:120px;top:450px;width:860px">
${row('名称', f.companyName, look)}${row('类型', f.type, look)}${row('住所', f.address, look)}${row(f.repLabel, f.legalRepresentative, look)}
${row('注册资本', f.capital, look)}${row('成立日期', f.founded, look)}${row('营业期限', `${f.founded}至长期`, look)}
<div class="row">${label('经营范围', look)}<span class="val scope">服装、鞋帽、箱包的销售；电子产品的技术开发与销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）</span></div></div>
<div class="seal" style="left:760px;top:1280px">登记机关</div>${overlays(look, electronic)}</div>`;
}

function cell(name: string, value: string, look: Look): string {
  return `<td class="tl">${label(name, look)}</td><td class="tv">${esc(value)}</td>`;
}

/** The ruled two-column 副本: 名称 and 类型 in one row, the code (or 注册号) above the grid. */
function table(f: LicenceFacts, look: Look, old: boolean): string {
  const top = old ? `注册号：${f.registrationNumber ?? ''}` : `统一社会信用代码：${f.uscc ?? ''}`;
  return `<style>${css(look, 1500, 1100)} table{border-collapse:collapse;width:100%} td{border:2px solid #555;padding:14px 12px;vertical-align:top;line-height:1.35} .tl{width:1%;white-space:nowrap} .tl .lab{margin-right:0}</style>
<div class="page"><div class="frame"></div><div class="title" style="top:90px">营业执照</div>
<div class="code" style="left:120px;top:300px">${top}</div>
<div style="position:absolute;left:110px;top:370px;width:1280px"><table>
<tr>${cell('名称', f.companyName, look)}${cell('类型', f.type, look)}</tr>
<tr>${cell('住所', f.address, look)}${cell(f.repLabel, f.legalRepresentative, look)}</tr>
<tr>${cell('注册资本', f.capital, look)}${cell('成立日期', f.founded, look)}</tr>
<tr><td class="tl">${label('经营范围', look)}</td><td class="tv scope" colspan="3">日用百货、服装鞋帽的网上销售；自营和代理各类商品的进出口业务。</td></tr></table></div>
<div class="seal" style="left:1120px;top:860px">登记机关</div>${overlays(look, false)}</div>`;
}

/**
 * The older 副本 of two columns without rules: 名称 on its own line and 类型 printed right
 * below it, close enough that a reader taking the text under the label runs into it.
 */
function stacked(f: LicenceFacts, look: Look): string {
  const gap = Math.round(look.fontPx * 0.25);
  return `<style>${css(look, 1500, 1060)} .st .row{margin-bottom:${gap}px}</style>
<div class="page"><div class="frame"></div><div class="title" style="top:90px">营业执照</div>
<div class="code" style="right:130px;top:300px">注册号 ${f.registrationNumber ?? ''}</div>
<div class="st" style="position:absolute;left:120px;top:380px;width:760px">
${row('名称', f.companyName, look)}${row('类型', f.type, look)}${row('住所', f.address, look)}${row(f.repLabel, f.legalRepresentative, look)}</div>
<div class="st" style="position:absolute;left:920px;top:380px;width:480px">
${row('注册资本', f.capital, look)}${row('成立日期', f.founded, look)}${row('营业期限', '长期', look)}</div>
<div class="seal" style="left:1120px;top:800px">登记机关</div>${overlays(look, false)}</div>`;
}

export function licenceHtml(f: LicenceFacts, layout: Layout, look: Look): string {
  if (layout === 'oldStacked') return stacked(f, look);
  if (layout === 'electronicPortrait') return portrait(f, look, false, true);
  if (layout === 'table' || layout === 'oldTable') return table(f, look, layout === 'oldTable');
  if (layout === 'landscape') return landscape(f, look, false);
  if (layout === 'electronic') return landscape(f, look, true);
  return portrait(f, look, layout === 'oldPortrait');
}

/** Documents that are not a mainland business licence (bad input). */
export const OTHER_DOCUMENTS: Record<string, string> = {
  idCard: `<style>body{margin:0}.c{width:1200px;height:760px;background:#eef3f6;font-family:'Noto Sans CJK SC';font-size:34px;position:relative;border-radius:30px}</style>
<div class="c"><div style="position:absolute;left:80px;top:80px;line-height:2.1">姓名&#x3000;张晓明<br>性别&#x3000;男&#x3000;民族&#x3000;汉<br>出生&#x3000;1988年6月12日<br>住址&#x3000;广东省深圳市南山区科技园路18号<br><br>公民身份号码&#x3000;440305198806121234</div></div>`,
  hongKong: `<style>body{margin:0}.c{width:1200px;height:1600px;background:#fff;font-family:'Noto Serif CJK TC';font-size:32px;padding:120px;box-sizing:border-box;text-align:center;line-height:2}</style>
<div class="c"><div style="font-size:44px">公司註冊證明書<br>CERTIFICATE OF INCORPORATION</div><br>公司編號 Company No. 2765432<br>本人謹此證明<br>星辰貿易有限公司<br>STAR TRADING LIMITED<br>於本日根據香港法例第622章《公司條例》在香港註冊成為有限公司。<br>I hereby certify that the above company is incorporated in Hong Kong under the Companies Ordinance.<br>公司註冊處處長 Registrar of Companies</div>`,
  foodPermit: `<style>body{margin:0}.c{width:1500px;height:1050px;background:#fff;font-family:'Noto Serif CJK SC';font-size:32px;padding:100px;box-sizing:border-box;line-height:2.2}</style>
<div class="c"><div style="font-size:80px;text-align:center;letter-spacing:.3em">食品经营许可证</div>经营者名称&#x3000;杭州星辰贸易有限公司<br>许可证编号&#x3000;JY13301060012345<br>经营场所&#x3000;浙江省杭州市西湖区文一路1号<br>主体业态&#x3000;食品销售经营者<br>有效期至&#x3000;2027年05月31日</div>`,
};
