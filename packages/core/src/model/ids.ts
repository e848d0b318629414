/**
 * Ids from plain strings, for code that names parties, issues and options by hand (a notebook,
 * an example, a test): `gains[partyId('tiel')]` instead of `gains['tiel' as never]`. Ids are
 * branded so that a party id cannot be passed where an issue id is meant; these helpers are
 * the one sanctioned way to make one from a string you know is right. They check nothing: an
 * id that is not in the scenario is simply not found (`gainOf` then throws, as for any bug).
 */

// The branded id types live here, under the model's other types, so that Issue, Party,
// Valuation and Mandate can name each other's ids without importing each other (no cycle).

/**
 * A party's identifier, minted only by `decodeScenario` (and test arbitraries).
 * @category model
 */
export type PartyId = string & { readonly _brand: 'PartyId' }

/** An issue's identifier. @category model */
export type IssueId = string & { readonly _brand: 'IssueId' }

/** An option's identifier, unique within its issue. @category model */
export type OptionId = string & { readonly _brand: 'OptionId' }

/**
 * A policy domain's identifier (housing, mobility, care, ...).
 * @category model
 */
export type DomainId = string & { readonly _brand: 'DomainId' }

/**
 * A party id from its text.
 * @example
 * checkDeal(scenario, deal).gains[partyId('A')] // => 2
 * @category model
 */
export const partyId = (id: string): PartyId => id as PartyId

/**
 * An issue id from its text.
 * @example
 * deal.choices[issueId('road')] // => 'via-b'
 * @category model
 */
export const issueId = (id: string): IssueId => id as IssueId

/**
 * An option id from its text.
 * @example
 * optionId('via-b') === deal.choices[issueId('road')] // => true
 * @category model
 */
export const optionId = (id: string): OptionId => id as OptionId

/**
 * A policy-domain id from its text.
 * @example
 * domainId('wonen')
 * @category model
 */
export const domainId = (id: string): DomainId => id as DomainId
