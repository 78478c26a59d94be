import { describe, expect, it } from 'vitest';
import { otherDocumentIn } from '../../shared/licence-document';

describe('a foreign company paper told from a licence by its words', () => {
  it('an English-only certificate (a US state, a Singapore profile) is a foreign registration', () => {
    expect(
      otherDocumentIn([
        'State of Delaware',
        'Secretary of State',
        'I, the Secretary of State of the State of Delaware, do hereby certify that',
        'BRIGHT HARBOR GOODS LLC is duly formed under the laws of the State',
      ]),
    ).toBe('foreignRegistration');
    expect(
      otherDocumentIn(['Business Profile (Company)', 'Registration No. (UEN): 201912345K', 'SUNRISE GLOBAL PTE. LTD.']),
    ).toBe('foreignRegistration');
  });

  it('a mainland licence with its Latin code and an English scope line stays a licence', () => {
    expect(
      otherDocumentIn([
        '营业执照',
        '统一社会信用代码 91440300MA5F8XYZ2Q',
        '名称 深圳市蓝海电子商务有限公司',
        '法定代表人 王伟',
        '经营范围 电子产品 e-commerce sales of consumer electronics, import and export',
        '住所 深圳市南山区科技园路18号',
      ]),
    ).toBeNull();
  });

  it('a permit beside a licence shows itself by its 许可证编号 label even without its title', () => {
    expect(otherDocumentIn(['营业执照', '名称 青岛市喆诚贸易有限公司', '许可证编', '经营场所'])).toBe(
      'otherCertificate',
    );
    expect(otherDocumentIn(['营业执照', '经营范围 凭许可证经营'])).toBeNull();
  });
});
