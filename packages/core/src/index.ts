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
export type { Scenario, Compensation, UnitNames } from './model/Scenario.js'
export { scenarioVersion } from './model/Scenario.js'
export type { Target, TargetId, TargetTerm } from './model/Target.js'
export type { Module, ModuleMember } from './model/Module.js'
export { partyId, issueId, optionId, domainId } from './model/ids.js'

// evaluate
export { isTight, TIGHT_SHARE } from './evaluate/isTight.js'
export type { DealRules, GainRule } from './evaluate/DealRules.js'
export { defaultDealRules } from './evaluate/DealRules.js'
export { utilityOf } from './evaluate/utilityOf.js'
export { gainOf, domainGainOf } from './evaluate/gainOf.js'
export { changesOf, participantsOf, dealFrom } from './evaluate/changesOf.js'
export type { DealCheck, DealFlaw } from './evaluate/checkDeal.js'
export { checkDeal, isValidDeal } from './evaluate/checkDeal.js'
export { requiredIssues, noAgreementUtility } from './evaluate/noAgreementUtility.js'
export { targetTotal, meetsTarget } from './evaluate/targetTotal.js'

// search
export type {
  Objective,
  ObjectiveSpec,
  SearchConstraints,
  SearchBudget,
  SearchOptions,
  RankedDeal,
  SearchStats,
  DeadlockCertificate,
  SearchResult,
  Search,
} from './search/Search.js'
export { findDeal } from './search/findDeal.js'
export { findDealAsync } from './search/findDealAsync.js'
export type { AsyncSearchOptions } from './search/findDealAsync.js'
export { exhaustive } from './search/exhaustive.js'
export { topDeals } from './search/topDeals.js'
export type { Distinctness, TopDealsOptions, TopDeals, TopDealsCertificate } from './search/topDeals.js'
export { allDeals } from './search/allDeals.js'
export type { AllDealsOptions, AllDeals } from './search/allDeals.js'
export { dealFrontier } from './search/dealFrontier.js'
export type { DealFrontierOptions, DealFrontier } from './search/dealFrontier.js'
export { explainDeal } from './evaluate/explainDeal.js'
export { hiddenGains } from './evaluate/hiddenGains.js'
export type { HiddenGains } from './evaluate/hiddenGains.js'
export type { ExplainOptions } from './evaluate/explainParty.js'
export type {
  IssueChange,
  MandateItem,
  GainItem,
  RuleVerdict,
  RuleAmount,
  PartyExplanation,
  DealExplanation,
} from './evaluate/PartyExplanation.js'
export { explainModules } from './evaluate/explainModules.js'
export type { ModuleExplanation, StayingOut, StayOutReason } from './evaluate/explainModules.js'

// analyze
export type { Blocker, OptionAnalysis, IssueStatus, IssueAnalysis, DeadlockReport } from './analyze/findDeadlocks.js'
export { findDeadlocks } from './analyze/findDeadlocks.js'
export type { ReferencePoint, OutcomeSpace, OutcomeSpaceOptions } from './analyze/OutcomeSpace.js'
export { outcomeSpace } from './analyze/OutcomeSpace.js'
export type { FrontierOptions, FrontierPoint, FrontierResult } from './analyze/paretoFrontier.js'
export { paretoFrontier } from './analyze/paretoFrontier.js'
export type { AnalysisPoint, AnalyzeOptions, ScenarioAnalysis } from './analyze/analyzeScenario.js'
export { analyzeScenario } from './analyze/analyzeScenario.js'
export type { PointAllocations, AdjustedWinnerDivision } from './analyze/adjustedWinner.js'
export { adjustedWinner } from './analyze/adjustedWinner.js'

// exchange: the exchange model (Stokman and Van Oosten 1994, equal gain) on position issues
export type {
  PositionIssue,
  ExchangeActor,
  ActorPosition,
  ExchangeModel,
  RealisedExchange,
  ExchangeRound,
  ExchangeResult,
} from './exchange/ExchangeModel.js'
export type { ExchangeOptions } from './exchange/runExchangeModel.js'
export { runExchangeModel } from './exchange/runExchangeModel.js'
export { weightedOutcome } from './exchange/weightedOutcome.js'
export type { DecideFileProblem } from './exchange/readDecideFile.js'
export { readDecideFile } from './exchange/readDecideFile.js'

// diagnose
export type { Remedy, RemedyKind, RemedyDeal, RemedyProof, OptionBrief } from './diagnose/Remedy.js'
export type { DiagnoseOptions, Diagnosis } from './diagnose/diagnose.js'
export { diagnose } from './diagnose/diagnose.js'
export { applyRemedy } from './diagnose/applyRemedy.js'
export type { IssueMargin, PartyMargin } from './diagnose/firmness.js'
export { margins } from './diagnose/firmness.js'
export type { FirmnessOptions, FirmnessEstimate } from './diagnose/firmnessProbability.js'
export { firmnessProbability } from './diagnose/firmnessProbability.js'

// scenarioFile
export type { Problem, ProblemCode, ProblemPath } from './scenarioFile/Problem.js'
export { formatProblem } from './scenarioFile/Problem.js'
export type { ScenarioFile, PartyFile, IssueFile, DomainFile, TargetFile } from './scenarioFile/ScenarioFile.js'
export { scenarioJsonSchema } from './scenarioFile/scenarioJsonSchema.js'
export { decodeScenario } from './scenarioFile/decodeScenario.js'
export { encodeScenario } from './scenarioFile/encodeScenario.js'
export type { ParseScenarioOptions } from './scenarioFile/parseScenarioText.js'
export { parseScenarioText } from './scenarioFile/parseScenarioText.js'
export type { ScenarioFormat, WriteScenarioOptions } from './scenarioFile/writeScenarioText.js'
export { writeScenarioText } from './scenarioFile/writeScenarioText.js'

// interop
export type { Problems } from './interop/foreignFile.js'
export { fromGeniusWeb } from './interop/fromGeniusWeb.js'
export type { FromGeniusWebOptions } from './interop/fromGeniusWeb.js'
export { toGeniusWeb, geniusWebExportLosses } from './interop/toGeniusWeb.js'
export { fromGeniusXml } from './interop/fromGeniusXml.js'
export type { ChosenStatusQuo } from './interop/chooseStatusQuo.js'
export { chooseStatusQuo } from './interop/chooseStatusQuo.js'

// simulate
// The seeded generator's state and stream, as types only: simulation state and mediators carry them.
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
  SimulationConfig,
  SimulationSettings,
  CouncilInterests,
  CouncilOwnSettings,
} from './simulate/SimulationConfig.js'
export {
  defaultSimulationConfig,
  simulationConfig,
  defaultCouncilInterests,
  maxDistortion,
} from './simulate/SimulationConfig.js'
export { settingsProblems } from './simulate/checkSettings.js'
export type { Basiscoalitie, CivilServants } from './simulate/Preparation.js'
export type { CouncilVerdict } from './simulate/councilJudgement.js'
export type {
  VoteReason,
  Vote,
  Outvoted,
  CouncilVote,
  TrustChange,
  SimulationEvent,
} from './simulate/SimulationEvent.js'
export type { MediatorSpec } from './simulate/Mediator.js'
export { mediatorLabel } from './simulate/Mediator.js'
export { allMediators } from './simulate/mediatorFor.js'
export type { StaggeredAgendaOptions } from './simulate/agenda.js'
export { staggeredAgenda } from './simulate/agenda.js'
export { withMandateWidth } from './simulate/withMandateWidth.js'
export type { History } from './simulate/History.js'
export { replay } from './simulate/History.js'
export type { RunCounts, RunReport, RunStop, SimulationResult } from './simulate/SimulationResult.js'
export type { SimulateOptions } from './simulate/simulate.js'
export { simulate, resume } from './simulate/simulate.js'
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
export type { SweepParameters, SweepGrid, SweepBase } from './experiment/sweepGrid.js'
export type { Distribution, SweepSummary } from './experiment/summarizeSweep.js'
export { distributionOf, summarizeSweep } from './experiment/summarizeSweep.js'
export type { SweepOptions, SweepResult } from './experiment/sweep.js'
export { sweep } from './experiment/sweep.js'
export type {
  CivilServantLevel,
  ThreeQuestionsOptions,
  ThreeQuestionsRow,
  ThreeQuestionsEffect,
  ThreeQuestionsResult,
} from './experiment/threeQuestions.js'
export { civilServantLevels, threeQuestionsExperiment } from './experiment/threeQuestions.js'
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

// report
export { deadlocksToLines, deadlocksToText } from './report/deadlocksToText.js'
export type { Language } from './report/Language.js'
export { languages } from './report/Language.js'
export type { NumberFormat } from './report/formatNumber.js'
export { formatNumber } from './report/formatNumber.js'
export type {
  CouncilNote,
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
export type { CouncilNoteOptions } from './report/councilNoteFor.js'
export { councilNoteFor } from './report/councilNoteFor.js'
export { noteToMarkdown } from './report/noteToMarkdown.js'
export { noteToHtml } from './report/noteToHtml.js'
export type { VegaLiteSpec } from './report/charts/VegaLiteSpec.js'
export type { GainsChartOptions, GainsChartRow } from './report/charts/gainsChart.js'
export { gainsChart } from './report/charts/gainsChart.js'
export type { GainPoint, NamedGainPoint, FrontierChartData } from './report/charts/frontierChart.js'
export { frontierChart } from './report/charts/frontierChart.js'
export { frontierChartData } from './report/charts/frontierChartData.js'
export type { SweepCell, SweepHeatmapData } from './report/charts/sweepHeatmap.js'
export { sweepHeatmap } from './report/charts/sweepHeatmap.js'
export type { SweepAxis, SweepMeasure } from './report/charts/sweepHeatmapData.js'
export { sweepHeatmapData, sweepMeasures } from './report/charts/sweepHeatmapData.js'
