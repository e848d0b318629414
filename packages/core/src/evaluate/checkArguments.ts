/**
 * Checks of the arguments of the public evaluation functions, for callers in plain JavaScript
 * or with casts: a mistake in a call (arguments swapped, an unknown id) is the caller's, so it
 * is a `TypeError` or `RangeError` naming the function and the argument, never an "internal
 * error, please report" from deep inside.
 */
import type { Deal } from '../model/Deal.js'
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import { lookup } from '../internal/lookup.js'

const kindOf = (x: unknown): string =>
  x === null
    ? 'null'
    : Array.isArray(x)
      ? 'a list'
      : typeof x === 'object'
        ? 'an object'
        : `${typeof x} ${JSON.stringify(x)?.slice(0, 40)}`

/**
 * Throws unless `scenario` looks like a scenario, `party` is one of its party ids and `deal`
 * has choices.
 * @example
 * checkPartyDeal('gainOf', scenario, deal as never, 'A' as never) // throws TypeError: gainOf: party must be a party id (text); got an object. Are party and deal swapped?
 * @category evaluate
 */
export const checkPartyDeal = (fn: string, scenario: Scenario, party: PartyId, deal: Deal): void => {
  if (
    scenario === null ||
    typeof scenario !== 'object' ||
    !Array.isArray((scenario as Partial<Scenario>).parties) ||
    !Array.isArray((scenario as Partial<Scenario>).issues)
  ) {
    throw new TypeError(
      `${fn}: scenario must be a decoded scenario (with parties and issues); got ${kindOf(scenario)}.`,
    )
  }
  const swapped = typeof deal === 'string' && typeof party === 'object' ? ' Are party and deal swapped?' : ''
  if (typeof party !== 'string')
    throw new TypeError(`${fn}: party must be a party id (text); got ${kindOf(party)}.${swapped}`)
  if (
    deal === null ||
    typeof deal !== 'object' ||
    typeof (deal as Partial<Deal>).choices !== 'object' ||
    (deal as Partial<Deal>).choices === null
  ) {
    throw new TypeError(`${fn}: deal must be a deal ({ choices, payments }); got ${kindOf(deal)}.${swapped}`)
  }
  if (!lookup(scenario).party.has(party))
    throw new RangeError(
      `${fn}: party "${party}" is not a party of this scenario; its parties are ${scenario.parties.map((p) => p.id).join(', ')}.`,
    )
}
