/**
 * mandjes/engine: the machinery under the public searches, for companion packages (an
 * optional MILP engine such as `@mandjes/highs`, the command line, benchmarks, custom
 * mediators). The root entry (`mandjes`) is the domain API; this one is for code that must
 * speak the engine's language: the compiled form, objective values and their tolerances,
 * the one door a deal leaves a search through (`rankDeal`), the constraint checks and the
 * certificate wording, the raw parsers and the note's document layer. Every export is listed
 * here by name, grouped by folder, as in index.ts. Names here may change in a minor release.
 * @module
 */

export { GAIN_TOLERANCE, isStrictGain, isNoLoss, reaches } from './evaluate/tolerance.js'
export { partyTolerances, toleranceFor } from './evaluate/toleranceFor.js'
export { utilityOfParty, netReceived } from './evaluate/utilityOf.js'
export type { CompiledScenario, PairTerm } from './evaluate/compile.js'
export { compile, gainOfChoices, dealOfChoices, choicesOfDeal } from './evaluate/compile.js'
export { DEFAULT_SLICE_MS } from './search/findDealAsync.js'
export { objectivesOf, nashScaleOf, objectiveValue, compareValues } from './search/objectives.js'
export { constraintViolations, activeConstraints, withoutConstraint } from './search/constraints.js'
export { certificateReason } from './search/engine/deadlock.js'
export { compensate, paymentsFromNets } from './evaluate/compensate.js'
export type { CompensationInput } from './evaluate/compensate.js'
export { scaleParty } from './search/scaleParty.js'
export { gainVectorOf } from './analyze/OutcomeSpace.js'
export { issueGroups } from './analyze/issueGroups.js'
export { frontierOfSpace } from './analyze/paretoFrontier.js'
export { readText } from './scenarioFile/readText.js'
export { parseJson } from './scenarioFile/parseJson.js'
export { parseYaml } from './scenarioFile/parseYaml.js'
export type { Rng, RandomStream } from './internal/random.js'
export { initialState } from './simulate/initialState.js'
export { mediatorFor } from './simulate/mediatorFor.js'
export { agendaOf } from './simulate/agenda.js'
export { ratificationProbability, visibilityOf } from './simulate/ratify.js'
export { nextTrust } from './simulate/trust.js'
export { clearSimulationCaches } from './simulate/simulationCaches.js'
export { searchMemoStats } from './simulate/searchMemo.js'
export { concessionBeta, conceded } from './simulate/mediators/concession.js'
export type { SweepCase } from './experiment/sweepGrid.js'
export { sweepParameterNames, sweepCases, caseSettings } from './experiment/sweepGrid.js'
export type { SweepRow } from './experiment/runSweepCase.js'
export { sweepRowParameters, runSweepCase } from './experiment/runSweepCase.js'
export { localeOf } from './report/Language.js'
export { escapeHtml } from './report/escapeHtml.js'
export type { Inline, Block, Section, NoteDocument } from './report/NoteDocument.js'
export { paragraph, list, table } from './report/NoteDocument.js'
export { noteToDocument } from './report/noteToDocument.js'
export { documentToMarkdown } from './report/documentToMarkdown.js'
export { documentToHtml } from './report/documentToHtml.js'
export { gainsChartRows } from './report/charts/gainsChart.js'
export type { SearchProblem } from './search/engine/SearchProblem.js'
export { problemOf } from './search/engine/SearchProblem.js'
export { rankDeal, dealWithPayments, dealCount } from './search/rankDeal.js'
export { objectiveTolerance } from './search/objectives.js'
// The zod schemas behind the file-shape types (ScenarioFile, PartyFile, ...), which TypeDoc
// must be able to name; the reader itself is parseScenarioText / decodeScenario in the root.
export { scenarioFileSchema, partyFileSchema, issueFileSchema, domainFileSchema } from './scenarioFile/ScenarioFile.js'
// For custom mediators and the command line's worker pool: the simulation's state and the
// mediator's view of it, history steps, and the gain a sweep can still find.
export { rational, compareRational, rationalFromDecimal } from './analyze/Rational.js'
export { formatOfFile } from './scenarioFile/parseScenarioText.js'
export type { AgendaStatus, Json, Agreement, InformationState, NegotiationState } from './simulate/NegotiationState.js'
export type { ProposalDraft, MediatorView, MediatorMove, Mediator, ConcessionTactic } from './simulate/Mediator.js'
export type { TableDecision } from './simulate/voteOnChanges.js'
export type { HistoryStep } from './simulate/History.js'
export type { AvailableGain } from './simulate/availableGain.js'
export { availableGain } from './simulate/availableGain.js'
export { sweepAvailableGain } from './experiment/sweep.js'
export { vegaLiteSchema } from './report/charts/VegaLiteSpec.js'
// Regional targets: the reachable range and tolerance of a target's sum, dropping a target
// for a certificate's re-run, the wording of a target out of reach, and the file schemas.
export { targetRange, targetTolerance, describeBounds } from './evaluate/targetTotal.js'
export { withoutTarget } from './search/constraints.js'
export { outOfReachNotes } from './search/engine/deadlock.js'
export { targetFileSchema, targetTermFileSchema } from './scenarioFile/ScenarioFile.js'
// The deadlock analysis of one issue, and the exchange model's steps (one equal-gain exchange,
// the roles of two actors, one line of a decide file).
export { issueAnalysisOf } from './analyze/findDeadlocks.js'
export type { ExchangeRoundState, ComputedExchange } from './exchange/equalGainExchange.js'
export { computeExchange, rolesOf } from './exchange/equalGainExchange.js'
export { splitDecideLine } from './exchange/readDecideFile.js'
