/**
 * Small GeniusWeb folders for tests, written as GeniusWeb writes them: a domain file and one
 * LinearAdditiveUtilitySpace profile per party. Numbers are invented.
 */
export const domainJson = (issues: Readonly<Record<string, readonly string[]>>, name = 'harbour'): string =>
  JSON.stringify(
    { name, issuesValues: Object.fromEntries(Object.entries(issues).map(([id, values]) => [id, { values }])) },
    null,
    1,
  )

export interface ProfileSpec {
  readonly name: string
  readonly weights: Readonly<Record<string, number>>
  readonly utilities: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly bid?: Readonly<Record<string, string>> | undefined
}

export const profileJson = (p: ProfileSpec): string =>
  JSON.stringify(
    {
      LinearAdditiveUtilitySpace: {
        name: p.name,
        issueUtilities: Object.fromEntries(
          Object.entries(p.utilities).map(([issue, valueUtilities]) => [issue, { discreteutils: { valueUtilities } }]),
        ),
        issueWeights: p.weights,
        ...(p.bid === undefined ? {} : { reservationBid: { issuevalues: p.bid } }),
      },
    },
    null,
    1,
  )

/** Two parties over a quay location and a contribution; both start from the same reservation bid. */
export const harbour = {
  issues: { quay: ['north', 'south', 'west'], contribution: ['0', '5', '10'] },
  city: {
    name: 'city',
    weights: { quay: 0.6, contribution: 0.4 },
    utilities: { quay: { north: 0.2, south: 1, west: 0 }, contribution: { '0': 1, '5': 0.5, '10': 0 } },
    bid: { quay: 'west', contribution: '10' },
  },
  province: {
    name: 'province',
    weights: { quay: 0.25, contribution: 0.75 },
    utilities: { quay: { north: 1, south: 0.5, west: 0 }, contribution: { '0': 0, '5': 0.6, '10': 1 } },
    bid: { quay: 'west', contribution: '10' },
  },
} as const

export const harbourFolder = (
  overrides: { city?: Partial<ProfileSpec>; province?: Partial<ProfileSpec> } = {},
): Record<string, string> => ({
  'domain.json': domainJson(harbour.issues),
  'city.json': profileJson({ ...harbour.city, ...overrides.city }),
  'province.json': profileJson({ ...harbour.province, ...overrides.province }),
})
