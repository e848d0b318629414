/**
 * The shape of GeniusWeb's JSON files, as zod schemas: a domain (`issuesValues`, discrete
 * values per issue) and a `LinearAdditiveUtilitySpace` profile (per issue a weight and a
 * utility per value, optionally a reservation bid). Fields other tools add are ignored; the
 * GeniusWeb parts this reader does not support (numeric value ranges, `numberutils`, other
 * profile kinds) are reported as `unsupported` before the shape is checked.
 */
import * as z from 'zod/mini'

/** A GeniusWeb domain file. @category interop */
export const geniusWebDomainSchema = z.object({
  name: z.string().check(z.minLength(1)),
  issuesValues: z.record(z.string(), z.object({ values: z.array(z.string()) })),
})

/** A GeniusWeb `LinearAdditiveUtilitySpace` profile file. @category interop */
export const geniusWebProfileSchema = z.object({
  LinearAdditiveUtilitySpace: z.object({
    name: z.string(),
    issueUtilities: z.record(
      z.string(),
      z.object({ discreteutils: z.object({ valueUtilities: z.record(z.string(), z.number()) }) }),
    ),
    issueWeights: z.record(z.string(), z.number()),
    domain: z.optional(z.unknown()),
    reservationBid: z.optional(z.nullable(z.object({ issuevalues: z.record(z.string(), z.string()) }))),
  }),
})

/** A GeniusWeb domain, as read. @category interop */
export type GeniusWebDomain = z.output<typeof geniusWebDomainSchema>
/** A GeniusWeb profile, as read. @category interop */
export type GeniusWebProfile = z.output<typeof geniusWebProfileSchema>['LinearAdditiveUtilitySpace']

/** What a JSON file in a GeniusWeb folder holds, judged by its top-level keys. @category interop */
export type GeniusWebFileKind = 'domain' | 'profile' | 'unsupportedProfile' | 'other'

/**
 * Tells a domain file from a profile file by content, not by name (folders name them freely).
 * @example
 * geniusWebFileKind({ name: 'd', issuesValues: {} }) // => 'domain'
 * @category interop
 */
export const geniusWebFileKind = (tree: unknown): GeniusWebFileKind => {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return 'other'
  const keys = Object.keys(tree)
  if (keys.includes('issuesValues')) return 'domain'
  if (keys.includes('LinearAdditiveUtilitySpace')) return 'profile'
  // GeniusWeb's other profile kinds: SumOfGroupsUtilitySpace, DefaultPartialOrdering, ...
  if (keys.length === 1 && /UtilitySpace$|PartialOrdering$|Profile$/.test(keys[0]!)) return 'unsupportedProfile'
  return 'other'
}
