/**
 * Id-to-index lookups on the id lists of the compiled form (`partyIds`, `issueIds`, each
 * issue's `optionIds`, `domainIds`). `compile` builds these maps anyway; they are kept here,
 * keyed by the id list itself, so the callers that turn ids into indices (the simulation's
 * dense changes, the mediators, the remedies, the analysis) look up instead of scanning with
 * `indexOf`. Keyed by the list and not by the compiled form: a derived form that reorders or
 * cuts the issues (the neighbourhood search's sub-problem) has its own lists and so gets its
 * own maps, never a stale one. Same answers as `indexOf`: the first position, −1 when absent.
 */

const maps = new WeakMap<readonly string[], ReadonlyMap<string, number>>()

/**
 * The map from id to position for an id list, built once per list (the first position of an
 * id that occurs twice, as `indexOf` finds it).
 * @example
 * indexMapOf(['road', 'housing']).get('housing') // => 1
 * @category evaluate
 */
export const indexMapOf = <T extends string>(ids: readonly T[]): ReadonlyMap<T, number> => {
  let map = maps.get(ids)
  if (map === undefined) {
    const built = new Map<string, number>()
    ids.forEach((id, index) => {
      if (!built.has(id)) built.set(id, index)
    })
    maps.set(ids, (map = built))
  }
  return map as ReadonlyMap<T, number>
}

/**
 * The position of `id` in an id list, or −1: `ids.indexOf(id)` without the scan.
 * @example
 * indexIn(compile(scenario).issueIds, 'housing' as IssueId) // => 1
 * indexIn(compile(scenario).optionIds[0], 'via-c' as OptionId) // => -1
 * @category evaluate
 */
export const indexIn = <T extends string>(ids: readonly T[], id: T): number => indexMapOf(ids).get(id) ?? -1
