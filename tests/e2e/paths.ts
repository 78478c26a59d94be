/** The seeded fixture files the e2e drives the app with (built by the vitest globalSetup). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';
import { drawLicence } from '../fixtures/licence-draw';
import { seededRng, type LicenceTruth } from '../fixtures/licence-content';
import { usccCheckChar } from '../../shared/uscc';

export { BUNDLE_CASE, BUNDLE_TODAY };

const seller = join(FIXTURES_DIR, 'bundle', 'seller');

/** One coherent seller (issue 7's fixtures): signed letter scan, three screenshots, stock PDF. */
export const SELLER = {
  letter: join(seller, 'scan_0001.jpg'),
  screenshots: ['Screenshot_1.png', 'Screenshot_2.png', 'Screenshot_3.png'].map((f) => join(seller, f)),
  inventoryZero: join(seller, 'stock-export.pdf'),
  /** The same seller's stock report before clearing: must fail INVENTORY_NOT_ZERO. */
  inventoryNonZero: join(FIXTURES_DIR, 'bundle', 'inventory-nonzero.pdf'),
};

export const ORDERS = join(FIXTURES_DIR, 'orders', 'orders-utf8.csv');

export function ordersTruth(): { lateInWindowIds: string[] } {
  const m = JSON.parse(readFileSync(join(FIXTURES_DIR, 'orders', 'manifest.json'), 'utf8')) as {
    standard: { lateInWindowIds: string[] };
  };
  return m.standard;
}

/** The seller's USCC with a correct check character (the bundle fixture prints a made-up one). */
export function sellerUscc(): string {
  const first17 = BUNDLE_CASE.uscc.slice(0, 17);
  return `${first17}${usccCheckChar(first17)}`;
}

/**
 * The seller's business licence, drawn with the licence generator (issue 3's fixtures) for
 * the same company as the signed letter and screenshots, so every check can pass.
 */
export function writeSellerLicence(dir: string): { path: string; truth: LicenceTruth } {
  const truth: LicenceTruth = {
    companyName: BUNDLE_CASE.companyName,
    uscc: sellerUscc(),
    legalRepresentative: BUNDLE_CASE.legalRepresentative,
    repLabel: '法定代表人',
    type: '有限责任公司（自然人独资）',
    foundedDate: '2019年03月08日',
    address: '浙江省杭州市上城区近江路88号3幢1201室',
    capital: '壹佰万元整',
    term: '2019年03月08日至长期',
    scope: '一般项目：服装服饰零售；互联网销售（除销售需要许可的商品）；货物进出口。',
  };
  const path = join(dir, 'seller-licence.png');
  writeFileSync(path, drawLicence(truth, seededRng(20261125)));
  return { path, truth };
}

export function missingFixtures(): string[] {
  return [SELLER.letter, ...SELLER.screenshots, SELLER.inventoryZero, SELLER.inventoryNonZero, ORDERS].filter(
    (p) => !existsSync(p),
  );
}
