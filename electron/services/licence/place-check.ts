import { makeFinding, type Finding } from '../../../shared/findings';
import { t } from '../../../shared/i18n';
import type { LicenceReading } from '../../../shared/licence';
import { divisionOf, leadingPlace, namesOf, placesNamed, type Division, type PlaceEntry } from './division';

/**
 * The place at the start of a company name or address against the division of the credit
 * code. A misread place (普江市 for 晋江市, code 350582) is corrected only when the read is no
 * real place at all and differs from the code's own division name in one character, its
 * suffix (省/市/区/县) kept. A real place in another province or city is reported, never
 * changed: companies move, and the code stays.
 */
export type PlaceCheck = { value: string; corrected: boolean; mismatch: { found: string } | null };

function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1 && a.at(-1) === b.at(-1);
}

/** The text with its leading province / city / county names made the code's, where they were misread. */
function correctedPrefix(text: string, d: Division): string {
  let out = strayLead(text, d);
  let pos = 0;
  for (const name of namesOf(d)) {
    if (out.startsWith(name, pos)) {
      pos += name.length;
      continue;
    }
    const piece = out.slice(pos, pos + name.length);
    // A level may be left out (an address without its province): then the next one is tried here.
    if (oneCharApart(piece, name) && placesNamed(piece).length === 0) {
      out = out.slice(0, pos) + name + out.slice(pos + name.length);
      pos += name.length;
    }
  }
  return out;
}

/**
 * One character read before a place name of the code's division (尔上海市金山区… for 上海市金山区…):
 * the speck of a spaced label (称) or a border the skewed box took in, never the name's start.
 */
function strayLead(text: string, d: Division): string {
  const rest = text.slice(1);
  const place = namesOf(d).find((n) => n.length >= 3 && rest.startsWith(n));
  return place && /^[\u4e00-\u9fff]/.test(text) && !text.startsWith(place) ? rest : text;
}

/** The division lies in the code's province and, when both are known, its prefecture city. */
function agrees(e: PlaceEntry, d: Division): boolean {
  if (e.province !== d.code.slice(0, 2)) return false;
  return e.city === null || !d.cityKnown || e.city === d.code.slice(0, 4);
}

/** The first place named at the start of the text that lies outside the code's division. */
function disagreeingPlace(text: string, d: Division): string | null {
  let rest = text;
  for (let level = 0; level < 3; level++) {
    const lead = leadingPlace(rest);
    if (!lead) return null;
    if (!lead.places.some((e) => agrees(e, d))) return lead.name;
    rest = rest.slice(lead.name.length);
  }
  return null;
}

export function checkPlace(text: string, d: Division): PlaceCheck {
  const value = correctedPrefix(text, d);
  const found = disagreeingPlace(value, d);
  return { value, corrected: value !== text, mismatch: found ? { found } : null };
}

/**
 * The code's division against the name and the address of a reading whose code passed its
 * check: misread place prefixes corrected in place, and each place that disagrees returned
 * (the caller warns; a disagreement is never an error).
 */
export function crossCheckPlaces(reading: LicenceReading): Finding[] {
  const code = reading.usccValid ? reading.fields.uscc : null;
  const d = code ? divisionOf(code.slice(2, 8)) : null;
  if (!d) return [];
  reading.division = { code: d.code, names: namesOf(d) };
  const findings: Finding[] = [];
  for (const field of ['companyName', 'address'] as const) {
    const detail = reading.details[field];
    if (!detail) continue;
    const check = checkPlace(detail.value, d);
    if (check.corrected) {
      detail.value = check.value;
      if (field === 'companyName') reading.fields.companyName = check.value;
      else reading.address = check.value;
    }
    if (!check.mismatch) continue;
    const params = {
      field: t(`licence.field.${field}`),
      found: check.mismatch.found,
      division: namesOf(d).join(''),
      code: d.code,
    };
    findings.push(
      makeFinding('LICENCE_PLACE_MISMATCH', params, { key: 'licence.placeMismatch', region: detail.region }),
    );
  }
  return findings;
}
