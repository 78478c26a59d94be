import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FINDING_CATALOGUE,
  FINDING_CODES,
  codesForKind,
  isDismissable,
  isFindingDismissable,
  makeFinding,
  messageKey,
  ruleKey,
  type CatalogueEntry,
} from '../../shared/findings';
import { allKeys, t } from '../../shared/i18n';
import { findings as findingMessages } from '../../shared/i18n/messages/findings';
import { RULES_BY_KIND, ruleResults } from '../../electron/services/bundle/rules';
import { loadRulebook } from '../../electron/services/rulebook';

const entries = Object.entries(FINDING_CATALOGUE) as [keyof typeof FINDING_CATALOGUE, CatalogueEntry][];

describe('findings catalogue', () => {
  it('gives every code a message and a rule label of its own in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const own = findingMessages[locale] as Record<string, string>;
      for (const code of FINDING_CODES) {
        expect(own[messageKey(code)], `${locale} ${messageKey(code)}`).toBeTruthy();
        expect(own[ruleKey(code)], `${locale} ${ruleKey(code)}`).toBeTruthy();
      }
    }
  });

  it('has no finding or rule message for a code outside the catalogue', () => {
    const known = new Set(FINDING_CODES.flatMap((c) => [messageKey(c), ruleKey(c)]));
    const stray = allKeys('zh-CN').filter((k) => /^(finding|rule)\.[A-Z_]+$/.test(k) && !known.has(k));
    expect(stray).toEqual([]);
  });

  it('cites only rulebook sections that exist', () => {
    const book = loadRulebook();
    for (const [code, e] of entries) {
      for (const cite of e.cites) {
        const [section, id] = cite.split('.');
        if (section === 'upload') expect(book.upload.source in book.sources, code).toBe(true);
        else
          expect(
            book.materials.some((m) => m.id === id),
            `${code} cites ${cite}`,
          ).toBe(true);
      }
    }
  });

  it('documents why a code may take its second severity, and that one differs from the default', () => {
    for (const [code, e] of entries) {
      if (!e.alternate) continue;
      expect(e.alternate.severity, code).not.toBe(e.severity);
      expect(e.alternate.why.length, code).toBeGreaterThan(20);
    }
    expect(entries.filter(([, e]) => e.alternate).length).toBeLessThanOrEqual(4);
  });

  it('takes the severity from the catalogue unless the documented alternate is asked for', () => {
    expect(makeFinding('SEAL_MISSING').severity).toBe('error');
    expect(makeFinding('DUPLICATE_IMAGE', { other: 'a.png' }).severity).toBe('warning');
    expect(makeFinding('KIND_UNKNOWN', {}, { severity: 'info' }).severity).toBe('info');
    expect(makeFinding('DUPLICATE_IMAGE', { other: 'a.png' }).message).toContain('a.png');
  });

  it('never lets an unreadable file, a file that is another material, or a missing material be dismissed', () => {
    for (const code of [
      'FILE_UNREADABLE',
      'FILE_TYPE_MISMATCH',
      'FILE_UNSUPPORTED_FORMAT',
      'PDF_ENCRYPTED',
      'KIND_UNKNOWN',
      'MATERIAL_MISSING',
    ] as const) {
      expect(isDismissable(code), code).toBe(false);
    }
    expect(isDismissable('SEAL_BLURRY')).toBe(true);
    expect(isFindingDismissable(makeFinding('LICENCE_FIELD_MISSING', {}, { key: 'licence.notALicence' }))).toBe(false);
    expect(
      isFindingDismissable(makeFinding('LICENCE_FIELD_MISSING', { field: '名称' }, { key: 'licence.fieldMissing' })),
    ).toBe(true);
  });

  it('derives the report rules of each kind, file rules first', () => {
    expect(RULES_BY_KIND.letter.slice(0, 2)).toEqual(['FILE_UNREADABLE', 'FILE_TYPE_MISMATCH']);
    expect(RULES_BY_KIND.letter).toContain('SEAL_BLURRY');
    expect(RULES_BY_KIND.inventory).not.toContain('SEAL_BLURRY');
    expect(RULES_BY_KIND.unknown).toEqual(['KIND_UNKNOWN']);
    for (const kind of ['licence', 'letter', 'logistics', 'inventory'] as const)
      expect(codesForKind(kind).length).toBeGreaterThan(7);
    const rules = ruleResults({
      file: 'a.jpg',
      kind: 'letter',
      status: 'fail',
      findings: [makeFinding('SEAL_MISSING')],
    });
    expect(rules.find((r) => r.code === 'SEAL_MISSING')).toEqual({
      code: 'SEAL_MISSING',
      rule: t('rule.SEAL_MISSING'),
      status: 'fail',
    });
    expect(rules.find((r) => r.code === 'SEAL_BLURRY')?.status).toBe('pass');
  });

  it('is the list of codes docs/cli.md publishes', () => {
    const doc = readFileSync('docs/cli.md', 'utf8');
    const published = new Set([...doc.matchAll(/`([A-Z][A-Z_]+[A-Z])`/g)].map((m) => m[1]));
    expect(FINDING_CODES.filter((c) => !published.has(c))).toEqual([]);
  });
});
