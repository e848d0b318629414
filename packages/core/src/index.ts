/**
 * mandjes: find package deals (mandjes) that break deadlocks in regional negotiations.
 * Every public export is listed here by name, grouped by folder.
 * @module
 */

// model
export type { Party, PartyId, PartyKind } from './model/Party.js'
export type { PolicyDomain, DomainId } from './model/PolicyDomain.js'
export type { Issue, IssueId, IssueKind, IssueOption, OptionId } from './model/Issue.js'
export type { Valuation, Interaction, OptionRef } from './model/Valuation.js'
export type { Mandate } from './model/Mandate.js'
export type { Deal, Payment } from './model/Deal.js'
export type { Scenario, Compensation, UnitNames } from './model/Scenario.js'
export type { Target, TargetId, TargetTerm } from './model/Target.js'
export type { Module, ModuleMember } from './model/Module.js'
export { partyId, issueId, optionId, domainId } from './model/ids.js'

// evaluate
export type { DealRules, GainRule } from './evaluate/DealRules.js'
export { defaultDealRules } from './evaluate/DealRules.js'
export { utilityOf } from './evaluate/utilityOf.js'
export { gainOf } from './evaluate/gainOf.js'
export { dealFrom } from './evaluate/changesOf.js'
export type { DealCheck, DealFlaw } from './evaluate/checkDeal.js'
export { checkDeal, isValidDeal } from './evaluate/checkDeal.js'
export { requiredIssues } from './evaluate/noAgreementUtility.js'

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
export type { PartyExplanation, DealExplanation } from './evaluate/PartyExplanation.js'

// analyze
export type { IssueAnalysis, DeadlockReport } from './analyze/findDeadlocks.js'
export { findDeadlocks } from './analyze/findDeadlocks.js'
export type { OutcomeSpace, OutcomeSpaceOptions } from './analyze/OutcomeSpace.js'
export { outcomeSpace } from './analyze/OutcomeSpace.js'
export type { FrontierOptions, FrontierResult } from './analyze/paretoFrontier.js'
export { paretoFrontier } from './analyze/paretoFrontier.js'
export type { AnalyzeOptions, ScenarioAnalysis } from './analyze/analyzeScenario.js'
export { analyzeScenario } from './analyze/analyzeScenario.js'
export type { AdjustedWinnerDivision } from './analyze/adjustedWinner.js'
export { adjustedWinner } from './analyze/adjustedWinner.js'

// exchange: the exchange model (Stokman and Van Oosten 1994, equal gain) on position issues
export type { ExchangeModel, ExchangeResult } from './exchange/ExchangeModel.js'
export { runExchangeModel } from './exchange/runExchangeModel.js'
export { readDecideFile } from './exchange/readDecideFile.js'

// diagnose
export type { Remedy, RemedyKind } from './diagnose/Remedy.js'
export type { DiagnoseOptions, Diagnosis } from './diagnose/diagnose.js'
export { diagnose } from './diagnose/diagnose.js'
export { applyRemedy } from './diagnose/applyRemedy.js'
export type { PartyMargin } from './diagnose/firmness.js'
export { margins } from './diagnose/firmness.js'
export type { FirmnessOptions, FirmnessEstimate } from './diagnose/firmnessProbability.js'
export { firmnessProbability } from './diagnose/firmnessProbability.js'

// scenarioFile
export type { Problem } from './scenarioFile/Problem.js'
export { formatProblem } from './scenarioFile/Problem.js'
export type { ScenarioFile } from './scenarioFile/ScenarioFile.js'
export { scenarioJsonSchema } from './scenarioFile/scenarioJsonSchema.js'
export { decodeScenario } from './scenarioFile/decodeScenario.js'
export { encodeScenario } from './scenarioFile/encodeScenario.js'
export type { ParseScenarioOptions } from './scenarioFile/parseScenarioText.js'
export { parseScenarioText } from './scenarioFile/parseScenarioText.js'
export type { ParseScenarioJsonOptions } from './scenarioFile/parseScenarioJson.js'
export { parseScenarioJson } from './scenarioFile/parseScenarioJson.js'
export type { ScenarioFormat, WriteScenarioOptions } from './scenarioFile/writeScenarioText.js'
export { writeScenarioText } from './scenarioFile/writeScenarioText.js'

// interop
export type { Problems } from './interop/foreignFile.js'
export { fromGeniusWeb } from './interop/fromGeniusWeb.js'
export type { FromGeniusWebOptions } from './interop/fromGeniusWeb.js'
export { toGeniusWeb } from './interop/toGeniusWeb.js'
export { fromGeniusXml } from './interop/fromGeniusXml.js'

// simulate
export type { SimulationConfig, SimulationSettings } from './simulate/SimulationConfig.js'
export { defaultSimulationConfig } from './simulate/SimulationConfig.js'
export type { SimulationEvent } from './simulate/SimulationEvent.js'
export type { MediatorSpec } from './simulate/Mediator.js'
export type { History } from './simulate/History.js'
export { replay } from './simulate/History.js'
export type { SimulationResult } from './simulate/SimulationResult.js'
export type { SimulateOptions } from './simulate/simulate.js'
export { simulate, resume } from './simulate/simulate.js'
export type { SweepGrid, SweepBase } from './experiment/sweepGrid.js'
export type { SweepSummary } from './experiment/summarizeSweep.js'
export type { SweepOptions, SweepResult } from './experiment/sweep.js'
export { sweep } from './experiment/sweep.js'
export type { ThreeQuestionsOptions, ThreeQuestionsResult } from './experiment/threeQuestions.js'
export { threeQuestionsExperiment } from './experiment/threeQuestions.js'

// report
export { deadlocksToText } from './report/deadlocksToText.js'
export type { Language } from './report/Language.js'
export type { NumberFormat } from './report/formatNumber.js'
export { formatNumber } from './report/formatNumber.js'
export type { CouncilNote } from './report/CouncilNote.js'
export type { CouncilNoteOptions } from './report/councilNoteFor.js'
export { councilNoteFor } from './report/councilNoteFor.js'
export { noteToMarkdown } from './report/noteToMarkdown.js'
export { noteToHtml } from './report/noteToHtml.js'
export type { VegaLiteSpec } from './report/charts/VegaLiteSpec.js'
export type { GainsChartOptions } from './report/charts/gainsChart.js'
export { gainsChart } from './report/charts/gainsChart.js'
export type { FrontierChartData } from './report/charts/frontierChart.js'
export { frontierChart } from './report/charts/frontierChart.js'
export { frontierChartData } from './report/charts/frontierChartData.js'
export type { SweepHeatmapData } from './report/charts/sweepHeatmap.js'
export { sweepHeatmap } from './report/charts/sweepHeatmap.js'
export type { SweepMeasure } from './report/charts/sweepHeatmapData.js'
export { sweepHeatmapData } from './report/charts/sweepHeatmapData.js'
