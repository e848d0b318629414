/**
 * The rungs of the regional benchmark ladder: how many municipalities, sub-regions (one
 * housing corporation each), provinces, shared services, roads and pools each scenario has,
 * and which variant (interaction terms, compensation) it is. Sizes follow the issue: from
 * 8 parties x 12 issues to 200 x 500, with Rivierenland's size (13 x 21) and the sizes the
 * issue measured (20 x 38, 25 x 47, 47 x 95, 69 x 140) on the way.
 */

/** One rung: the counts the generator builds, and a fixed seed. */
export interface Rung {
  /** File name without extension, e.g. `r02_p13_i21`. */
  readonly name: string
  /** What the rung models, for the README. */
  readonly models: string
  readonly municipalities: number
  /** Sub-regions; each has one housing corporation. */
  readonly subRegions: number
  readonly provinces: 1 | 2
  readonly services: number
  readonly roads: number
  readonly pools: number
  /** Add interaction terms (homes with road access, hosting with homes). */
  readonly interactions: boolean
  /** Deals may carry compensation payments (verevening). */
  readonly compensation: boolean
  /**
   * Shared services as modules (`kind: module`): each eligible municipality joins or stays
   * out, instead of a choice issue on which every member has a veto.
   */
  readonly modules: boolean
  /** Seed of the base numbers; a variant's extras come from a second stream of the same seed. */
  readonly seed: number
}

const rung = (
  name: string,
  models: string,
  municipalities: number,
  subRegions: number,
  provinces: 1 | 2,
  services: number,
  roads: number,
  pools: number,
  variant: {
    interactions?: boolean
    compensation?: boolean
    modules?: boolean
    variantOf?: string
    seed?: number
  } = {},
): Rung => ({
  name,
  models,
  municipalities,
  subRegions,
  provinces,
  services,
  roads,
  pools,
  interactions: variant.interactions ?? false,
  compensation: variant.compensation ?? false,
  modules: variant.modules ?? false,
  // A variant shares its parent's seed, so its base numbers are the parent's.
  seed: variant.seed ?? 1000 + Number((variant.variantOf ?? name).slice(1, 3)),
})

/** Parties of a rung: municipalities, provinces and one corporation per sub-region. */
export const partiesOf = (r: Rung): number => r.municipalities + r.provinces + r.subRegions

/** Issues of a rung: one homes issue per municipality, then services, roads and pools. */
export const issuesOf = (r: Rung): number => r.municipalities + r.services + r.roads + r.pools

// r01 uses seed 1005: seed 1001 gives a sub-region in which no valid deal exists (both engines
// prove it), and every rung must have one.
const choiceRungs: readonly Rung[] = [
  rung('r01_p8_i12', 'a small sub-region: 6 municipalities, one corporation, the province', 6, 1, 1, 2, 2, 2, {
    seed: 1005,
  }),
  rung('r02_p13_i21', "Rivierenland's size: 10 municipalities in 2 sub-regions", 10, 2, 1, 4, 4, 3),
  rung(
    'r03_p13_i21_x',
    'r02 with interaction terms (homes worth more with road access; hosting and homes)',
    10,
    2,
    1,
    4,
    4,
    3,
    { interactions: true, variantOf: 'r02' },
  ),
  rung('r04_p20_i38', '16 municipalities in 3 sub-regions', 16, 3, 1, 8, 8, 6),
  rung('r05_p25_i47', '21 municipalities in 3 sub-regions', 21, 3, 1, 9, 9, 8),
  rung('r06_p25_i47_c', 'r05 with compensation (EUR million, money values, payment caps)', 21, 3, 1, 9, 9, 8, {
    compensation: true,
    variantOf: 'r05',
  }),
  rung('r07_p35_i70', '30 municipalities in 4 sub-regions', 30, 4, 1, 14, 14, 12),
  rung('r08_p47_i95', '40 municipalities in 5 sub-regions, two provinces', 40, 5, 2, 19, 19, 17),
  rung('r09_p47_i95_xc', 'r08 with interaction terms and compensation', 40, 5, 2, 19, 19, 17, {
    interactions: true,
    compensation: true,
    variantOf: 'r08',
  }),
  rung('r10_p69_i140', '60 municipalities in 7 sub-regions, two provinces', 60, 7, 2, 28, 28, 24),
  rung('r11_p100_i210', '88 municipalities in 10 sub-regions, two provinces', 88, 10, 2, 42, 42, 38),
  rung('r12_p140_i320', '124 municipalities in 14 sub-regions, two provinces', 124, 14, 2, 66, 66, 64),
  rung(
    'r13_p200_i500',
    '178 municipalities in 20 sub-regions, two provinces: a whole landsdeel',
    178,
    20,
    2,
    110,
    110,
    102,
  ),
]

/**
 * A module variant of a rung: the same seed, counts and base numbers, with every shared
 * service written as a module (`kind: module`) instead of a choice issue. Its own name ends
 * in `_m` (`cm` after a compensation variant), so the parent's file and results stay as
 * they were and the two can be compared rung by rung.
 */
const withModules = (parentName: string, name: string): Rung => {
  const parent = choiceRungs.find((r) => r.name === parentName)!
  return {
    ...parent,
    name,
    models: `${parentName.slice(0, 3)} with its shared services as modules (each member joins or stays out)`,
    modules: true,
  }
}

/** The ladder: the choice rungs smallest first, then their module variants. */
export const rungs: readonly Rung[] = [
  ...choiceRungs,
  withModules('r01_p8_i12', 'r01_p8_i12_m'),
  withModules('r02_p13_i21', 'r02_p13_i21_m'),
  withModules('r04_p20_i38', 'r04_p20_i38_m'),
  withModules('r05_p25_i47', 'r05_p25_i47_m'),
  withModules('r06_p25_i47_c', 'r06_p25_i47_cm'),
  withModules('r07_p35_i70', 'r07_p35_i70_m'),
  withModules('r08_p47_i95', 'r08_p47_i95_m'),
  withModules('r10_p69_i140', 'r10_p69_i140_m'),
]
