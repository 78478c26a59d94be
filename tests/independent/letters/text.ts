/**
 * Letter wording: the commitments a JIT exit letter carries, in the platform's phrasing and in the
 * looser phrasing of Word copies sellers retype. Plausible text only; not copied from the project.
 */
import type { Rng } from './rng';

const COMMITMENTS_PLATFORM = [
  '本公司已充分知悉并同意《全球速卖通JIT（Just In Time）业务规则》中关于商家退出JIT模式的全部规定；',
  '自退出申请提交之日起，本公司将在48小时内完成全部剩余JIT订单的发货处理，确保不影响消费者权益；',
  '本公司已将JIT备货库存全部清零，退出后不再以JIT模式承接任何新订单；',
  '退出JIT后，本公司在平台规定的期限内不再申请重新加入JIT业务；',
  '本公司保证所提交的营业执照、库存清零凭证、近3个月物流轨迹截图等材料真实、准确、完整；',
  '如因本公司未按承诺处理剩余订单而导致消费者投诉、纠纷或平台损失的，由本公司承担全部责任；',
  '本公司同意平台对上述承诺事项的履行情况进行核查，并接受平台依据规则作出的处理。',
];
const COMMITMENTS_WORD = [
  '我司自愿申请退出速卖通JIT业务，并已了解退出后的相关规则；',
  '我司承诺在退出申请提交后48小时内处理完毕所有剩余订单（含已支付未发货订单）；',
  '我司在退出前已完成库存清点，JIT仓内库存为0；',
  '我司提交的全部资料均真实有效，如有虚假，愿承担相应法律责任；',
  '退出后90天内不再重复申请加入JIT；',
  '本承诺自签字盖章之日起生效。',
];
const REASONS = ['经营策略调整', '供应链调整', '业务转型', '备货模式变更', '公司经营需要'];

export interface LetterText {
  intro: string;
  commitments: string[];
  closing: string;
}

export function letterText(
  rng: Rng,
  style: 'platform' | 'word',
  company: string,
  uscc: string,
  shop: string,
): LetterText {
  const reason = rng.pick(REASONS);
  if (style === 'platform') {
    const count = rng.int(5, 7);
    return {
      intro: `本公司${company}（统一社会信用代码：${uscc}）系全球速卖通平台入驻商家，店铺名称：${shop}。因${reason}，现向贵平台申请退出JIT业务，并郑重承诺如下：`,
      commitments: COMMITMENTS_PLATFORM.slice(0, count),
      closing: rng.pick(['特此承诺。', '特此承诺！', '以上承诺，本公司自愿遵守。']),
    };
  }
  const count = rng.int(4, 6);
  return {
    intro: `${company}（以下简称“我司”），店铺：${shop}，因${reason}，特向平台申请退出JIT，现承诺如下：`,
    commitments: COMMITMENTS_WORD.slice(0, count),
    closing: rng.pick(['特此承诺。', '此致', '特此函告。']),
  };
}

export const ADDRESSEES = [
  '致：全球速卖通（AliExpress）平台',
  '致：浙江天猫技术有限公司（全球速卖通平台）',
  '致：全球速卖通平台',
  '致：浙江天猫网络有限公司',
  '致：AliExpress 全球速卖通 JIT业务组',
];

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

export function signingDate(rng: Rng): string {
  const day = rng.int(3, 28);
  const month = rng.pick([10, 11, 11, 11]);
  const style = rng.int(0, 3);
  const dd = String(day).padStart(2, '0');
  if (style === 0) return `2026年${month}月${day}日`;
  if (style === 1) return `2026 年 ${month} 月 ${day} 日`;
  if (style === 2) return `2026-${month}-${dd}`;
  return `2026年${month}月${dd}日`;
}
