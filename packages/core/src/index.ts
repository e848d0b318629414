/**
 * mandjes: find package deals (mandjes) that break deadlocks in regional negotiations.
 * Every public export is listed here by name, grouped by folder.
 * @module
 */

// model
export type { Party, PartyId, PartyKind } from './model/Party.js'
export { partyKinds } from './model/Party.js'
export type { PolicyDomain, DomainId } from './model/PolicyDomain.js'
export type { Issue, IssueId, IssueKind, IssueOption, OptionId } from './model/Issue.js'
export type { Valuation, Interaction, OptionRef } from './model/Valuation.js'
export type { Mandate } from './model/Mandate.js'
export { openMandate } from './model/Mandate.js'
export type { Deal, Payment } from './model/Deal.js'
export type { Scenario, Compensation } from './model/Scenario.js'
export { scenarioVersion } from './model/Scenario.js'

// evaluate
export { GAIN_TOLERANCE, isStrictGain, isNoLoss, reaches } from './evaluate/tolerance.js'
export { toleranceFor } from './evaluate/toleranceFor.js'
export type { DealRules, GainRule } from './evaluate/DealRules.js'
export { defaultDealRules } from './evaluate/DealRules.js'
export { utilityOf, utilityOfParty, netReceived } from './evaluate/utilityOf.js'
export { gainOf, domainGainOf } from './evaluate/gainOf.js'
export { changesOf, participantsOf, dealFrom } from './evaluate/changesOf.js'
export type { DealCheck, DealFlaw } from './evaluate/checkDeal.js'
export { checkDeal, isValidDeal } from './evaluate/checkDeal.js'
export type { CompiledScenario, PairTerm } from './evaluate/compile.js'
export { compile, gainOfChoices, dealOfChoices, choicesOfDeal } from './evaluate/compile.js'

// search
export type {
  Objective, ObjectiveSpec, SearchConstraints, SearchBudget, SearchOptions, RankedDeal, SearchStats,
  DeadlockCertificate, SearchResult, Search,
} from './search/Search.js'

// analyze
export type { Blocker, OptionAnalysis, IssueStatus, IssueAnalysis, DeadlockReport } from './analyze/findDeadlocks.js'
export { findDeadlocks } from './analyze/findDeadlocks.js'

// scenarioFile

// interop

// simulate

// report
export { deadlocksToText } from './report/deadlocksToText.js'
