/** The seeded fixture files the e2e drives the app with (built by the vitest globalSetup). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../fixtures';
import { BUNDLE_CASE, BUNDLE_TODAY } from '../fixtures/bundle';

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
  const m = JSON.parse(readFileSync(join(FIXTURES_DIR, 'orders', 'manifest.json'), 'utf8')) as { standard: { lateInWindowIds: string[] } };
  return m.standard;
}

type LicenceTruth = { file: string; split: string; truth: { companyName: string; uscc: string; legalRepresentative: string } };

/** A licence image with its truth (the first jpeg of the evaluation split). */
export function licenceFixture(): { path: string; truth: LicenceTruth['truth'] } {
  const dir = join(FIXTURES_DIR, 'licences');
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { licences: LicenceTruth[] };
  const pick = m.licences.find((l) => l.file.endsWith('.jpg') && l.split !== 'calibration') ?? m.licences[0]!;
  return { path: join(dir, pick.file), truth: pick.truth };
}

export function missingFixtures(): string[] {
  return [SELLER.letter, ...SELLER.screenshots, SELLER.inventoryZero, SELLER.inventoryNonZero, ORDERS, join(FIXTURES_DIR, 'licences', 'manifest.json')].filter((p) => !existsSync(p));
}
