import people from '../../../resources/demo/people.json';
import { OPENNESS_ITEM_COUNT, OPENNESS_REVERSE_KEYED, scoreOpenness, type OpennessScore } from '@model/openness';
import type { Random } from './random';

export const LIFECYCLE_STAGES = ['acquisition', 'activation', 'retention', 'monetization'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** A name as written in its script, and in Latin letters for the e-mail address. */
type Name = string[];
type NameGender = 'female' | 'male';
interface NamePool {
  first: Record<NameGender, Name[]>;
  /** A family name; where the language inflects it by gender (Новиков, Новикова), both forms. */
  last: (Name | Record<NameGender, Name>)[];
  familyFirst?: boolean;
}
const pools = people.names as Record<string, NamePool>;

export interface DemoMember {
  code: string;
  name: string;
  email: string | null;
  phone: string | null;
  country: string;
  city: string;
  locale: string;
  /** The language the member is written to in (BCP 47): their country's. */
  language: string;
  gender: 'female' | 'male' | 'other' | 'undisclosed';
  birthYear: number;
  joinedAt: string;
  sourceChannel: string;
  stage: LifecycleStage;
  consent: 'granted' | 'withdrawn' | 'unknown';
  consentDate: string | null;
  doNotContact: boolean;
  /** Latent openness (standard normal): drives answers, tags and concept appeal. */
  openness: number;
  tags: string[];
  /** Screener answers by item (1-based index − 1); null = not answered. Empty: never screened. */
  screener: (number | null)[];
  score: OpennessScore | null;
}

const DAY = 86_400_000;

/**
 * A first name from the list of the member's gender (either list for other or undisclosed), and
 * the family name in the form that goes with it; `latin` is first.last for an e-mail address.
 */
export const pickName = (rng: Random, locale: string, gender: DemoMember['gender']) => {
  const pool = pools[locale] ?? pools.en!;
  const nameGender: NameGender = gender === 'female' || gender === 'male' ? gender : rng.chance(0.5) ? 'female' : 'male';
  const [firstNative, firstLatin] = rng.pick(pool.first[nameGender]) as [string, string];
  const family = rng.pick(pool.last);
  const [lastNative, lastLatin] = (Array.isArray(family) ? family : family[nameGender]) as [string, string];
  const name = pool.familyFirst ? `${lastNative}${firstNative}` : `${firstNative} ${lastNative}`;
  return { name, latin: `${firstLatin}.${lastLatin}` };
};

/** Members who have been around longer have moved further along the lifecycle. */
const stageFor = (rng: Random, tenureDays: number): LifecycleStage => {
  const maturity = Math.min(1, tenureDays / 900);
  return rng.weighted<LifecycleStage>([
    ['acquisition', 0.55 - 0.35 * maturity],
    ['activation', 0.3],
    ['retention', 0.1 + 0.25 * maturity],
    ['monetization', 0.05 + 0.12 * maturity],
  ]);
};

/** Likert answers from the latent trait; reverse-keyed items are answered the other way round. */
const screenerAnswers = (rng: Random, openness: number): (number | null)[] => {
  const skipsSome = rng.chance(0.06);
  return Array.from({ length: OPENNESS_ITEM_COUNT }, (_, i) => {
    if (skipsSome && rng.chance(0.3)) return null;
    const keyed = Math.min(5, Math.max(1, Math.round(3.3 + 0.85 * openness + rng.normal(0, 0.75))));
    return OPENNESS_REVERSE_KEYED.includes(i + 1) ? 6 - keyed : keyed;
  });
};

export function buildDemoMembers(rng: Random, count: number, now: Date): DemoMember[] {
  const countries = people.countries.map((c) => [c, c.weight] as const);
  const codes = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const country = rng.weighted(countries);
    const gender = rng.weighted<DemoMember['gender']>([['female', 49], ['male', 46], ['other', 2], ['undisclosed', 3]]);
    const { name, latin } = pickName(rng, country.locale, gender);
    let code: string;
    do code = `M-${rng.code(6)}`;
    while (codes.has(code));
    codes.add(code);
    const tenureDays = Math.floor(Math.pow(rng.next(), 0.8) * 1100);
    const joined = new Date(now.getTime() - tenureDays * DAY - rng.int(0, DAY - 1));
    const openness = rng.normal();
    const consent = rng.weighted<DemoMember['consent']>([['granted', 92], ['unknown', 5], ['withdrawn', 3]]);
    const tags = people.tags
      .filter((t) => {
        const lift = t.name === 'early adopter' || t.name === 'beta tester' ? Math.exp(0.7 * openness) / 1.28 : 1;
        return rng.chance(Math.min(0.95, t.share * lift));
      })
      .map((t) => t.name);
    const screened = rng.chance(0.82);
    const screener = screened ? screenerAnswers(rng, openness) : [];
    return {
      code,
      name,
      email: rng.chance(0.94) ? `${latin}${i % 97}@${rng.pick(people.emailDomains)}` : null,
      phone: rng.chance(0.4) ? `+${rng.int(1, 99)} ${rng.int(100, 999)} ${rng.int(1000000, 9999999)}` : null,
      country: country.code,
      city: rng.pick(country.cities),
      locale: country.locale,
      language: country.language,
      gender,
      birthYear: now.getUTCFullYear() - Math.round(Math.min(78, Math.max(18, rng.normal(36, 12)))),
      joinedAt: joined.toISOString(),
      sourceChannel: rng.weighted(people.sourceChannels as [string, number][]),
      stage: stageFor(rng, tenureDays),
      consent,
      consentDate: consent === 'unknown' ? null : joined.toISOString().slice(0, 10),
      doNotContact: rng.chance(0.02),
      openness,
      tags,
      screener,
      score: screened ? scoreOpenness(screener) : null,
    };
  });
}
