/**
 * Who prepares the negotiation, besides the mediator: the basiscoalitie with its secretary,
 * and the civil servants. Both are off by default (`null`), so a configuration without them
 * runs as before. See docs/simulate.md, "Preparation", for the mechanisms and their sources.
 */
import type { PartyId } from '../model/Party.js'

/**
 * A basiscoalitie: "een periodiek overleg tussen bestuurders van samenwerkende gemeenten
 * ondersteund door een secretaris" (the source document's first lesson). Its `members`
 * prepare every package before the wider table: a package a member would reject is sent back
 * (not tabled) and the member says why, so the mediator learns its true valuation of the
 * package's issues. The `secretary`'s quality, in [0, 1], is the share of the members' facts
 * that reach the secretary: each (member, issue) valuation is known truly from the start with
 * that probability (one draw each, from a stream of its own, so a better secretary knows a
 * superset of what a worse one knows in the same run).
 * @category simulate
 */
export interface Basiscoalitie {
  readonly members: readonly PartyId[]
  readonly secretary: number
}

/**
 * The civil servants' freedom, in [0, 1]: what the source asks of them beyond the strict
 * mandate, preparing "voorstellen en alternatieven" with the neighbouring municipalities and
 * sharing the facts. At every meeting, for every open issue, each alternative not yet prepared
 * is prepared with probability `freedom`, and the facts of the issue are shared (every
 * stakeholder's true valuation of it becomes known to the mediator) with probability
 * `freedom`. Draws come from a stream of their own per meeting, so in the same run more
 * freedom prepares a superset at every meeting where the same issues are open.
 * @category simulate
 */
export interface CivilServants {
  readonly freedom: number
}

/**
 * The range problems of the preparation settings (empty when fine).
 * @example
 * preparationProblems({ members: ['a'], secretary: 2 }, null) // => ['basiscoalitie.secretary must be in [0, 1]']
 * @category simulate
 */
export const preparationProblems = (
  basiscoalitie: Basiscoalitie | null,
  civilServants: CivilServants | null,
): readonly string[] => {
  const unit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1
  const problems: string[] = []
  if (basiscoalitie !== null && !unit(basiscoalitie.secretary))
    problems.push('basiscoalitie.secretary must be in [0, 1]')
  if (basiscoalitie !== null && new Set(basiscoalitie.members).size !== basiscoalitie.members.length)
    problems.push('basiscoalitie.members lists a party twice')
  if (civilServants !== null && !unit(civilServants.freedom)) problems.push('civilServants.freedom must be in [0, 1]')
  return problems
}
