import type { CaseInput } from '../../../shared/case';
import { EXIT_REASONS } from '../../../shared/case';
import { AppError } from '../../../shared/errors';
import { t, type Locale } from '../../../shared/i18n';
import { threshold, todayIn, type Rulebook } from '../../../shared/rulebook';

/** Everything printed on the letter, as plain strings, before any layout. */
export type LetterContent = {
  title: string;
  identity: [string, string, string, string];
  exitGroundHeading: string;
  exitGround: string;
  rulesCited: string;
  commitmentsHeading: string;
  commitments: string[];
  closing: string;
  legalRep: string;
  signatureLabel: string;
  sealLabel: string;
  sealHint: string;
  date: string;
  footer: string;
};

export type LetterOptions = { rulebook: Rulebook; signDate?: string; locale?: Locale };

export function letterDate(caseInfo: CaseInput, options: LetterOptions): string {
  return options.signDate ?? caseInfo.signDate ?? todayIn(options.rulebook);
}

function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  return t('letter.dateFormat', { y: Number(y), m: Number(m), d: Number(d) }, locale);
}

/** The commitments the rules ask for; every policy number comes from the rulebook. */
function commitments(book: Rulebook, locale: Locale): string[] {
  return [
    t('letter.commitment.noPendingOrders', {}, locale),
    t('letter.commitment.stockCleared', {}, locale),
    t(
      'letter.commitment.reentry',
      {
        days: book.reentry.coolingDays,
        orders: book.reentry.minNonJitOrders,
        rate: book.reentry.minFulfilmentRatePercent,
      },
      locale,
    ),
    t('letter.commitment.bonded', { fee: threshold(book, 'bondedStorageYuanPerBoxDay') }, locale),
    t('letter.commitment.switchOver', {}, locale),
  ];
}

export function buildLetterContent(caseInfo: CaseInput, options: LetterOptions, documentId: string): LetterContent {
  const book = options.rulebook;
  const locale = options.locale ?? 'zh-CN';
  const ground = book.exitGrounds.find((g) => g.id === caseInfo.exitReason);
  if (!ground)
    throw new AppError('LETTER_EXIT_REASON_MISSING', 'letter.error.exitReasonMissing', {
      choices: EXIT_REASONS.join(' | '),
    });
  const material = book.materials.find((m) => m.id === 'letter');
  const orBlank = (v: string | undefined) => (v && v.length > 0 ? v : t('letter.notGiven', {}, locale));
  return {
    title: material ? material.name[locale] : 'JIT退出承诺书',
    identity: [
      t('letter.company', { value: caseInfo.companyName }, locale),
      t('letter.uscc', { value: caseInfo.uscc }, locale),
      t('letter.storeName', { value: orBlank(caseInfo.storeName) }, locale),
      t('letter.storeId', { value: orBlank(caseInfo.storeId) }, locale),
    ],
    exitGroundHeading: t('letter.exitGroundHeading', {}, locale),
    exitGround: ground.text[locale],
    rulesCited: t('letter.rulesCited', { rules: book.title[locale] }, locale),
    commitmentsHeading: t('letter.commitmentsHeading', {}, locale),
    commitments: commitments(book, locale),
    closing: t('letter.closing', {}, locale),
    legalRep: t('letter.legalRep', { name: caseInfo.legalRepresentative }, locale),
    signatureLabel: t('letter.signatureLabel', {}, locale),
    sealLabel: t('letter.sealLabel', {}, locale),
    sealHint: t('letter.sealHint', {}, locale),
    date: t('letter.date', { date: formatDate(letterDate(caseInfo, options), locale) }, locale),
    footer: t('letter.footer', { id: documentId }, locale),
  };
}

/** Every character the letter prints, so the font can be cut to exactly those. */
export function contentCharacters(content: LetterContent): string {
  const all = [
    content.title,
    ...content.identity,
    content.exitGroundHeading,
    content.exitGround,
    content.rulesCited,
    content.commitmentsHeading,
    ...content.commitments,
    content.closing,
    content.legalRep,
    content.signatureLabel,
    content.sealLabel,
    content.sealHint,
    content.date,
    content.footer,
    '0123456789. ',
  ].join('');
  return [...new Set(Array.from(all))].join('');
}
