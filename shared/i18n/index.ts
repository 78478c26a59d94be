/**
 * Tiny i18n: zh-CN is the default UI language, English second. Every user-facing string
 * lives in a domain file under ./messages, each exporting a `{ 'zh-CN': {...}, en: {...} }`
 * table, so different features never edit the same file.
 */
import { common } from './messages/common';
import { findings } from './messages/findings';
import { ui } from './messages/ui';
import { eligibility } from './messages/eligibility';
import { letter } from './messages/letter';
import { licence } from './messages/licence';
import { bundle } from './messages/bundle';
import { evidence } from './messages/evidence';
import { logisticsPickup } from './messages/logistics-pickup';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Params = Record<string, string | number>;
export type MessageTable = Record<Locale, Record<string, string>>;

const tables: MessageTable[] = [common, findings, ui, eligibility, letter, bundle, evidence, logisticsPickup, licence];
const merged: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };
for (const table of tables) registerMessages(table);

let current: Locale = 'zh-CN';
/** Values every message may name without its caller passing them: the rulebook's numbers (`{rb.*}`). */
let standing: Params = {};

/** Adds a domain table; later keys win so a feature can refine a generic message. */
export function registerMessages(table: MessageTable): void {
  for (const locale of LOCALES) Object.assign(merged[locale], table[locale]);
}

/**
 * Sets the standing parameters (shared/rulebook.ts `rulebookParams`), so a text such as
 * "近{rb.fulfilmentWindowDays}天" never holds a policy number of its own. A caller's own
 * parameter of the same name wins.
 */
export function setStandingParams(params: Params): void {
  standing = { ...params };
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function parseLocale(value: string | undefined | null): Locale | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith('zh')) return 'zh-CN';
  if (v.startsWith('en')) return 'en';
  return null;
}

export function hasMessage(key: string): boolean {
  return key in merged['zh-CN'];
}

/** Looks a key up in the given (or current) locale, falling back to zh-CN, then the key. */
export function t(key: string, params: Params = {}, locale: Locale = current): string {
  const template = merged[locale][key] ?? merged['zh-CN'][key] ?? key;
  const all: Params = { ...standing, ...params };
  return template.replace(/\{([\w.]+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}

/** Every key of every locale, for the completeness test. */
export function allKeys(locale: Locale): string[] {
  return Object.keys(merged[locale]);
}
