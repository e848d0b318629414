/**
 * mandjes/engine: the machinery under the public searches, for companion packages (an
 * optional MILP engine such as `@mandjes/highs`, the command line, benchmarks, custom
 * mediators). The root entry (`mandjes`) is the domain API; this one is for code that must
 * speak the engine's language: the compiled form, objective values and their tolerances,
 * the one door a deal leaves a search through (`rankDeal`), the constraint checks and the
 * certificate wording, the raw parsers and the note's document layer, and the steps under the
 * domain calls (diagnose's sub-steps, the analysis's building blocks). Every export is listed
 * here by name, grouped by folder, as in index.ts. Names here may change in a minor release.
 * @module
 */

export { GAIN_TOLERANCE, isStrictGain, isNoLoss, reaches } from './evaluate/tolerance.js'
export { partyTolerances, toleranceFor } from './evaluate/toleranceFor.js'
export { explainParty } from './evaluate/explainParty.js'
export { utilityOfParty, netReceived } from './evaluate/utilityOf.js'
export type { CompiledScenario, PairTerm } from './evaluate/compile.js'
export { compile, gainOfChoices, dealOfChoices, choicesOfDeal, takesPart, mayTakePart } from './evaluate/compile.js'
export { indexIn, indexMapOf } from './evaluate/idIndex.js'
export {
  moduleOptionsOf,
  moduleValueOf,
  moduleValuesOf,
  moduleParties,
  noMembersOption,
  maxModuleMembers,
} from './evaluate/moduleCoalitions.js'
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
export { runSweepCases } from './experiment/runSweepCases.js'
export { localeOf } from './report/Language.js'
export { escapeHtml } from './report/escapeHtml.js'
export type { Inline, Block, Section, NoteDocument } from './report/NoteDocument.js'
export { paragraph, list, table } from './report/NoteDocument.js'
export { noteToDocument } from './report/noteToDocument.js'
export { noteModules, moduleHeadline, stayingOutLine, moduleSection } from './report/moduleSection.js'
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
export { moduleFileSchema } from './scenarioFile/ScenarioFile.js'
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
export { targetRange, targetTolerance, describeBounds, quantityText, targetUnit } from './evaluate/targetTotal.js'
export { withoutTarget } from './search/constraints.js'
export { outOfReachNotes } from './search/engine/deadlock.js'
export { targetFileSchema, targetTermFileSchema } from './scenarioFile/ScenarioFile.js'
// The deadlock analysis of one issue, and the exchange model's steps (one equal-gain exchange,
// the roles of two actors, one line of a decide file).
export { issueAnalysisOf } from './analyze/findDeadlocks.js'
export type { ExchangeRoundState, ComputedExchange } from './exchange/equalGainExchange.js'
export { computeExchange, rolesOf } from './exchange/equalGainExchange.js'
export { splitDecideLine } from './exchange/readDecideFile.js'
// A regional target's bound moved until a deal exists (the diagnosis's relaxTarget remedy).
export { relaxTarget, withTargetBound } from './diagnose/relaxTarget.js'
// Moved from the root entry (it keeps the domain API): diagnose's sub-steps (the kaders, the
// probe, each relaxation, combinations, payments, option briefs, coalitions, shortfalls), the
// analysis's building blocks (bargaining points, counts, exact fractions, issue groups), the
// note's deadlock and firmness sections, the file reader's limits and problem codes, the
// searches' default caps and the names in certificates.
export type { ConstraintName, BindingName } from './search/Search.js'
export { EXHAUSTIVE_MAX_DEALS } from './search/exhaustive.js'
export { ALL_DEALS_CAP } from './search/allDeals.js'
export { FRONTIER_SAMPLES } from './search/dealFrontier.js'
export type { IssueGroup, GroupTooLarge } from './analyze/OutcomeSpace.js'
export {
  nashPoints,
  kalaiSmorodinskyPoints,
  kalaiSmorodinskySpreadPoints,
  egalitarianPoints,
  maxWelfarePoints,
} from './analyze/bargainingPoints.js'
export type { CountOptions, AcceptableCount } from './analyze/countAcceptable.js'
export { countAcceptable, outcomeCount } from './analyze/countAcceptable.js'
export type { Rational } from './analyze/Rational.js'
export { rationalToNumber, formatRational } from './analyze/Rational.js'
export type { KaderStep } from './diagnose/Remedy.js'
export { remedyKinds, isKaderRemedy, kaderSteps } from './diagnose/Remedy.js'
export type { KaderRemedy } from './diagnose/Remedy.js'
export type { Kader } from './diagnose/kaders.js'
export { kadersOf, withoutKader, kaderLabel } from './diagnose/kaders.js'
export type { BindingKaders } from './diagnose/bindingKaders.js'
export { bindingKaders } from './diagnose/bindingKaders.js'
export type { DiagnoseContext, ProbeResult } from './diagnose/probe.js'
export { probe } from './diagnose/probe.js'
export { relaxMinGain } from './diagnose/relaxMinGain.js'
export { relaxDomainFloor } from './diagnose/relaxDomainFloor.js'
export { liftRedLine } from './diagnose/liftRedLine.js'
export { allowOption } from './diagnose/allowOption.js'
export type { CombinationOptions } from './diagnose/combinations.js'
export { combinations } from './diagnose/combinations.js'
export { minimalPayment, PAYMENT_MAX_VECTORS } from './diagnose/payment.js'
export { newOptionBrief } from './diagnose/newOption.js'
export { coalitions } from './diagnose/coalition.js'
export type { Shortfall } from './diagnose/shortfalls.js'
export { shortfallsOf } from './diagnose/shortfalls.js'
export { formatPath, problemCodes } from './scenarioFile/Problem.js'
export { scenarioFileLimits } from './scenarioFile/limits.js'
export type { NoteFirmness } from './report/diagnosisSection.js'
export { firmnessSection, whatItWouldTakeSection, deadlockNoteDocument } from './report/diagnosisSection.js'
export type { KaderStepNames } from './report/kaderStepText.js'
export { kaderStepText } from './report/kaderStepText.js'

// Moved from the root entry, which keeps each domain call with its options and result types:
// the parts of those results and settings (the explanation's items, the deadlock report's
// blockers, the exchange model's actors and rounds, the remedies' deals and proofs, the file
// shapes' parts, the simulation's settings groups, events and run counts, the council note's
// sections) and the building blocks under the calls (the tightness rule, the mediators one by
// one, the agenda and mandate-width steps, the three-questions study's runs and estimates, the
// status-quo choice of a foreign file, the note's mandate check, the chart data's parts).
export { isTight, TIGHT_SHARE } from './evaluate/isTight.js'
export type { IssueChange, MandateItem, GainItem, RuleVerdict, RuleAmount } from './evaluate/PartyExplanation.js'
export type { StayingOut, StayOutReason } from './evaluate/explainModules.js'
export type { Blocker, OptionAnalysis, IssueStatus } from './analyze/findDeadlocks.js'
export type { ReferencePoint } from './analyze/OutcomeSpace.js'
export type { FrontierPoint } from './analyze/paretoFrontier.js'
export type { AnalysisPoint } from './analyze/analyzeScenario.js'
export type { PointAllocations } from './analyze/adjustedWinner.js'
export type {
  PositionIssue,
  ExchangeActor,
  ActorPosition,
  RealisedExchange,
  ExchangeRound,
} from './exchange/ExchangeModel.js'
export type { ExchangeOptions } from './exchange/runExchangeModel.js'
export { weightedOutcome } from './exchange/weightedOutcome.js'
export type { DecideFileProblem } from './exchange/readDecideFile.js'
export type { RemedyDeal, RemedyProof, OptionBrief } from './diagnose/Remedy.js'
export type { IssueMargin } from './diagnose/firmness.js'
export type { ProblemCode, ProblemPath } from './scenarioFile/Problem.js'
export type { PartyFile, IssueFile, DomainFile, TargetFile } from './scenarioFile/ScenarioFile.js'
export type { ChosenStatusQuo } from './interop/chooseStatusQuo.js'
export { chooseStatusQuo } from './interop/chooseStatusQuo.js'
export type {
  AgendaItem,
  Involvement,
  DecisionRule,
  Councils,
  RatificationRule,
  TrustDynamics,
  Transparency,
  Information,
  Goodwill,
  Elections,
  CouncilInterests,
  CouncilOwnSettings,
} from './simulate/SimulationConfig.js'
export { simulationConfig, defaultCouncilInterests, maxDistortion } from './simulate/SimulationConfig.js'
export { settingsProblems } from './simulate/checkSettings.js'
export type { Basiscoalitie, CivilServants } from './simulate/Preparation.js'
export type { CouncilVerdict } from './simulate/councilJudgement.js'
export type { VoteReason, Vote, Outvoted, CouncilVote, TrustChange } from './simulate/SimulationEvent.js'
export type { StaggeredAgendaOptions } from './simulate/agenda.js'
export { staggeredAgenda } from './simulate/agenda.js'
export { withMandateWidth } from './simulate/withMandateWidth.js'
export type { RunCounts, RunReport, RunStop } from './simulate/SimulationResult.js'
export type { BestPackageOptions } from './simulate/mediators/bestPackage.js'
export { bestPackage } from './simulate/mediators/bestPackage.js'
export { noPackageDeals } from './simulate/mediators/noPackageDeals.js'
export type { SingleNegotiatingTextOptions } from './simulate/mediators/singleNegotiatingText.js'
export { singleNegotiatingText } from './simulate/mediators/singleNegotiatingText.js'
export type { BilateralExchangesOptions } from './simulate/mediators/bilateralExchanges.js'
export { bilateralExchanges } from './simulate/mediators/bilateralExchanges.js'
export { alternativesFirst } from './simulate/mediators/alternativesFirst.js'
export type { AlternatingOffersOptions } from './simulate/mediators/alternatingOffers.js'
export { alternatingOffers } from './simulate/mediators/alternatingOffers.js'
export type { SweepParameters } from './experiment/sweepGrid.js'
export type { Distribution } from './experiment/summarizeSweep.js'
export { distributionOf } from './experiment/summarizeSweep.js'
export type { CivilServantLevel, ThreeQuestionsRow, ThreeQuestionsEffect } from './experiment/threeQuestions.js'
export { civilServantLevels } from './experiment/threeQuestions.js'
export type { StudyConstants, StudyRun } from './experiment/threeQuestionsStudy.js'
export {
  defaultStudyConstants,
  studyAvailable,
  studyEffects,
  studyFactors,
  studyRuns,
  studySettings,
} from './experiment/threeQuestionsStudy.js'
export type { Estimate, FactorEffects, FactorRun } from './experiment/effectEstimates.js'
export { binnedMeans, factorEffects, fitInteractions } from './experiment/effectEstimates.js'
export { deadlocksToLines } from './report/deadlocksToText.js'
export type {
  NoteModule,
  NoteStayingOut,
  NoteParty,
  NoteOption,
  NoteChange,
  NotePayment,
  NoteBlocker,
  NoteDeadlock,
  MandateCheck,
  OtherParticipant,
  RatificationRisk,
} from './report/CouncilNote.js'
export type { TightnessOptions } from './report/checkMandate.js'
export { checkMandate } from './report/checkMandate.js'
export type { GainsChartRow } from './report/charts/gainsChart.js'
export type { GainPoint, NamedGainPoint } from './report/charts/frontierChart.js'
export type { SweepCell } from './report/charts/sweepHeatmap.js'
export type { SweepAxis } from './report/charts/sweepHeatmapData.js'
export { sweepMeasures } from './report/charts/sweepHeatmapData.js'

// Building blocks and lists a program rarely needs by name (moved from the root to keep it
// about the domain): the model's lists and builders, evaluation helpers beside checkDeal,
// the module explanation (reached through explainDeal's `modules`), export losses, the
// mediators' list and labels, the sweep's summary step and the note languages.
export { partyKinds } from './model/Party.js'
export { openMandate } from './model/Mandate.js'
export { scenarioVersion } from './model/Scenario.js'
export { domainGainOf } from './evaluate/gainOf.js'
export { changesOf, participantsOf } from './evaluate/changesOf.js'
export { noAgreementUtility } from './evaluate/noAgreementUtility.js'
export { targetTotal, meetsTarget } from './evaluate/targetTotal.js'
export { explainModules } from './evaluate/explainModules.js'
export type { ModuleExplanation } from './evaluate/explainModules.js'
export { geniusWebExportLosses } from './interop/toGeniusWeb.js'
export { mediatorLabel } from './simulate/Mediator.js'
export { allMediators } from './simulate/mediatorFor.js'
export { summarizeSweep } from './experiment/summarizeSweep.js'
export { languages } from './report/Language.js'
