/**
 * More documents that are not a mainland business licence (bad input, v3), written from how
 * those papers look: a Hong Kong business registration certificate, a Singapore company
 * profile and a US state certificate (English only, no Chinese title), the back of an ID
 * card, a tax registration certificate and a trademark certificate. Each is expected to get
 * LICENCE_WRONG_DOCUMENT with no field read off it.
 */
const page = (w: number, h: number, font: string, body: string): string =>
  `<style>body{margin:0}.c{width:${w}px;height:${h}px;background:#fff;font-family:${font};font-size:32px;padding:90px;box-sizing:border-box;line-height:2}</style><div class="c">${body}</div>`;

export const MORE_OTHER_DOCUMENTS: Record<string, string> = {
  hongKongBr: page(
    1500,
    1000,
    "'Noto Serif CJK TC'",
    `<div style="text-align:center;font-size:46px">商業登記證<br>BUSINESS REGISTRATION CERTIFICATE</div>
業務/法團名稱 Name of Business/Corporation&#x3000;鴻運電子商貿有限公司<br>登記證號碼 Certificate No. 71234567-000-08-25-A<br>
地址 Address&#x3000;香港九龍旺角彌敦道600號12樓<br>業務性質 Nature of Business&#x3000;TRADING<br>生效日期 Date of Commencement&#x3000;01/08/2025`,
  ),
  singapore: page(
    1240,
    1700,
    "'Noto Sans CJK SC'",
    `<div style="font-size:40px;font-weight:700">Accounting and Corporate Regulatory Authority</div>
<div style="font-size:36px">Business Profile (Company)</div><br>Registration No. (UEN): 201912345K<br>Company Name: SUNRISE GLOBAL TRADE PTE. LTD.<br>
Company Type: EXEMPT PRIVATE COMPANY LIMITED BY SHARES<br>Status: Live Company<br>Status Date: 12/03/2019<br>
Principal Activities: WHOLESALE TRADE OF A VARIETY OF GOODS<br>Registered Office Address: 10 ANSON ROAD #22-02 SINGAPORE 079903<br>
Officers: TAN WEI MING, Director, Appointed 12/03/2019`,
  ),
  usState: page(
    1240,
    1600,
    "'Noto Serif CJK SC'",
    `<div style="text-align:center;font-size:48px;font-weight:700">State of Delaware</div><div style="text-align:center;font-size:40px">Secretary of State<br>Division of Corporations</div><br>
I, the Secretary of State of the State of Delaware, do hereby certify that BRIGHT HARBOR GOODS LLC is duly formed under the laws of the State of Delaware and is in good standing.<br>
File Number: 7712345<br>Date of Formation: June 4, 2021<br>Authentication: 203344556`,
  ),
  idCardBack: `<style>body{margin:0}.c{width:1200px;height:760px;background:#e8f0f4;font-family:'Noto Sans CJK SC';font-size:34px;position:relative;border-radius:30px}</style>
<div class="c"><div style="position:absolute;left:360px;top:90px;font-size:58px;letter-spacing:.2em;font-weight:700">中华人民共和国<br>居民身份证</div>
<div style="position:absolute;left:240px;top:520px;line-height:2">签发机关&#x3000;杭州市公安局西湖分局<br>有效期限&#x3000;2018.05.20-2038.05.20</div></div>`,
  taxRegistration: page(
    1500,
    1050,
    "'Noto Serif CJK SC'",
    `<div style="font-size:76px;text-align:center;letter-spacing:.3em">税务登记证</div>
<div style="text-align:right">税字 330106123456789号</div>纳税人名称&#x3000;杭州锦程服饰有限公司<br>法定代表人（负责人）&#x3000;周晓东<br>
地址&#x3000;浙江省杭州市西湖区文三路90号<br>登记注册类型&#x3000;有限责任公司<br>经营范围&#x3000;服装、鞋帽批发零售`,
  ),
  trademark: page(
    1240,
    1700,
    "'Noto Serif CJK SC'",
    `<div style="font-size:72px;text-align:center;letter-spacing:.3em">商标注册证</div><br>第 45123456 号<br>
注册人&#x3000;深圳市蓝海电子商务有限公司<br>注册地址&#x3000;广东省深圳市南山区科技园路8号<br>核定使用商品（第25类）&#x3000;服装；鞋；帽<br>注册有效期限&#x3000;2021年03月07日至2031年03月06日`,
  ),
};
