import type { Mediator, MediatorSpec } from './Mediator.js'
import { alternatingOffers } from './mediators/alternatingOffers.js'
import { bestPackage } from './mediators/bestPackage.js'
import { bilateralExchanges } from './mediators/bilateralExchanges.js'
import { noPackageDeals } from './mediators/noPackageDeals.js'
import { singleNegotiatingText } from './mediators/singleNegotiatingText.js'

/**
 * The mediator function for a built-in strategy given as data (a custom function passes
 * through unchanged).
 * @example
 * mediatorFor({ _tag: 'bilateralExchanges', perRound: 2 }).name // => 'bilateralExchanges'
 * @category simulate
 */
export const mediatorFor = (spec: MediatorSpec | Mediator): Mediator => {
  if (typeof spec === 'function') return spec
  switch (spec._tag) {
    case 'noPackageDeals':
      return noPackageDeals()
    case 'bestPackage':
      return bestPackage({
        ...(spec.objective === undefined ? {} : { objective: spec.objective }),
        ...(spec.reuseSearches === undefined ? {} : { reuseSearches: spec.reuseSearches }),
      })
    case 'singleNegotiatingText':
      return singleNegotiatingText({
        ...(spec.stepsPerRound === undefined ? {} : { stepsPerRound: spec.stepsPerRound }),
        ...(spec.asksPerStep === undefined ? {} : { asksPerStep: spec.asksPerStep }),
      })
    case 'bilateralExchanges':
      return bilateralExchanges(spec.perRound === undefined ? {} : { perRound: spec.perRound })
    case 'alternatingOffers':
      return alternatingOffers({ tactic: spec.tactic, ...(spec.beta === undefined ? {} : { beta: spec.beta }) })
  }
}

/**
 * One of each built-in strategy, for experiments that compare them.
 * @example
 * allMediators.length // => 7
 * @category simulate
 */
export const allMediators: readonly MediatorSpec[] = [
  { _tag: 'noPackageDeals' },
  { _tag: 'bestPackage', objective: 'sum' },
  { _tag: 'singleNegotiatingText' },
  { _tag: 'bilateralExchanges' },
  { _tag: 'alternatingOffers', tactic: 'boulware' },
  { _tag: 'alternatingOffers', tactic: 'linear' },
  { _tag: 'alternatingOffers', tactic: 'conceder' },
]
