/**
 * A business-licence-like page (营业执照 副本): ornamental frame, title, code, fields, a QR-like
 * block and the registration authority's round seal — the wrong document uploaded as the letter.
 */
import type { Rng } from './rng';
import type { Overlay } from './browser';
import { cityOf, type Seller } from './names';
import { makeSealSpec, sealSvg } from './seal';

function qrBlock(rng: Rng): string {
  const n = 25;
  const cells: string[] = [];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const finder = (x < 7 && y < 7) || (x >= n - 7 && y < 7) || (x < 7 && y >= n - 7);
      const on = finder
        ? x % 6 === 0 || y % 6 === 0 || (x % 6 >= 2 && x % 6 <= 4 && y % 6 >= 2 && y % 6 <= 4)
        : rng.chance(0.5);
      if (on) cells.push(`<rect x="${x}" y="${y}" width="1" height="1"/>`);
    }
  }
  return `<svg viewBox="0 0 ${n} ${n}" style="width:24mm;height:24mm">${cells.join('')}</svg>`;
}

export function licencePage(rng: Rng, seller: Seller, font: string): { html: string; overlays: Overlay[] } {
  const type =
    seller.kind === 'individual'
      ? '个体工商户'
      : seller.kind === 'sole'
        ? '个人独资企业'
        : '有限责任公司（自然人投资或控股）';
  const legalLabel = seller.kind === 'individual' ? '经营者' : seller.kind === 'sole' ? '投资人' : '法定代表人';
  const rows: [string, string][] = [
    ['名　　称', seller.companyName],
    ['类　　型', type],
    [legalLabel, seller.legalRepresentative],
    [
      '经营范围',
      '一般项目：互联网销售（除销售需要许可的商品）；日用百货销售；玩具销售；货物进出口；技术进出口。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    ],
    ['注册资本', `${rng.pick(['壹佰', '伍拾', '叁佰', '贰佰'])}万元整`],
    ['成立日期', `20${rng.int(12, 23)}年${rng.int(1, 12)}月${rng.int(1, 28)}日`],
    [
      '住　　所',
      `${cityOf(seller.companyName)}市${rng.pick(['创业路', '江南大道', '工业园区兴业路', '商贸城东路', '科技园南路'])}${rng.int(1, 999)}号${rng.int(1, 20)}幢${rng.int(101, 1808)}室`,
    ],
  ];
  const fields = rows
    .map(([k, v]) => `<tr><td style="width:28mm;vertical-align:top">${k}</td><td>${v}</td></tr>`)
    .join('');
  const html =
    `<div class="page" style="font-family:'${font}';font-size:4.2mm;line-height:1.7;padding:14mm">` +
    '<div style="position:absolute;inset:8mm;border:2.2mm double #b8862d"></div>' +
    '<div style="position:relative;padding:10mm 10mm">' +
    `<div style="display:flex;justify-content:space-between;font-size:3.4mm"><span>统一社会信用代码<br><b style="font-size:4.2mm">${seller.uscc}</b></span>` +
    `<span>证照编号：${rng.int(1e7, 9e7)}${rng.int(1e5, 9e5)}</span></div>` +
    `<h1 style="text-align:center;font-family:'Noto Serif CJK SC';font-size:15mm;letter-spacing:6mm;margin:10mm 0 3mm">营业执照</h1>` +
    '<div style="text-align:center;margin-bottom:10mm">（副　本）</div>' +
    `<div style="display:flex;gap:6mm"><table style="flex:1;border-collapse:collapse">${fields}</table>` +
    `<div style="text-align:center;font-size:2.8mm">${qrBlock(rng)}<br>扫描二维码登录<br>“国家企业信用<br>信息公示系统”</div></div>` +
    `<div style="position:absolute;right:12mm;top:215mm;text-align:center;font-size:4.2mm">登记机关<br><br>${rng.int(2019, 2025)}年${rng.int(1, 12)}月${rng.int(1, 28)}日</div>` +
    '</div></div>';
  const authority = `${cityOf(seller.companyName)}市市场监督管理局`;
  const seal = sealSvg(
    {
      ...makeSealSpec(rng, authority, false),
      ink: 'normal',
      opacity: 0.88,
      bottomText: null,
      serial: null,
      heightMm: 42,
      widthMm: 42,
    },
    'reg',
  );
  return {
    html,
    overlays: [{ page: 0, svg: seal.svg, leftMm: 150 - seal.widthMm / 2, topMm: 232 - seal.heightMm / 2, z: 3 }],
  };
}
