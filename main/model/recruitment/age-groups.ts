/** Ten-year age groups for quotas when a member has a birth year but no stored age band. */
export const AGE_GROUPS: readonly { label: string; min: number; max: number | null }[] = [
  { label: 'under 18', min: 0, max: 17 },
  { label: '18–24', min: 18, max: 24 },
  { label: '25–34', min: 25, max: 34 },
  { label: '35–44', min: 35, max: 44 },
  { label: '45–54', min: 45, max: 54 },
  { label: '55–64', min: 55, max: 64 },
  { label: '65+', min: 65, max: null },
];

/** Age this year from a birth year (the day is unknown, so this may be one year high). */
export const ageGroupOf = (birthYear: number | null, year: number): string | null => {
  if (birthYear === null) return null;
  const age = year - birthYear;
  return AGE_GROUPS.find((g) => age >= g.min && (g.max === null || age <= g.max))?.label ?? null;
};
