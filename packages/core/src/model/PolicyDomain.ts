import type { DomainId } from './ids.js'

export type { DomainId } from './ids.js'

/**
 * A policy domain (beleidsdomein): housing (wonen), mobility, the social domain, economy,
 * amenities, ... Issues belong to one domain; package deals trade across domains, and
 * mandates can demand "we do not lose on housing".
 * @category model
 */
export interface PolicyDomain {
  readonly id: DomainId
  readonly name: string
}
