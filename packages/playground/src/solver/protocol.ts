/**
 * The messages between the page and the search worker. Scenarios and results are plain data,
 * so they cross by structured clone. A newer request cancels the one still running.
 */
import type {
  DeadlockReport,
  Deal,
  FirmnessEstimate,
  FrontierChartData,
  Language,
  Objective,
  PartyId,
  PartyMargin,
  RankedDeal,
  Remedy,
  Scenario,
  SearchResult,
} from 'mandjes'
import type { SwingWeights } from '../swing'

/** Solve: the deadlocks and the best deal under each objective. */
export interface SolveRequest {
  readonly kind: 'solve'
  readonly id: number
  readonly scenario: Scenario
  readonly objectives: readonly Objective[]
  readonly payments?: boolean
  /** Time per objective, in milliseconds. */
  readonly timeMs: number
  /** The user's swing weights (party → domain or issue → weight); absent: none. */
  readonly weights?: SwingWeights
}

/** The best deal by the swing weights, among `candidates` valid deals (all found when `complete`). */
export interface WeightedChoice {
  readonly deal: RankedDeal
  /** Its weighted total gain. */
  readonly total: number
  readonly candidates: number
  readonly complete: boolean
}

/** The frontier of two parties with the bargaining points. */
export interface FrontierRequest {
  readonly kind: 'frontier'
  readonly id: number
  readonly scenario: Scenario
  readonly x: PartyId
  readonly y: PartyId
  readonly language: Language
}

/**
 * Diagnose: with a deal, how firm it is (margins per party and the Monte Carlo chance that it
 * holds); without one, what it would take (diagnose's remedies).
 */
export interface DiagnoseRequest {
  readonly kind: 'diagnose'
  readonly id: number
  readonly scenario: Scenario
  /** The deal the page shows; absent: the scenario has no deal. */
  readonly deal?: Deal
  readonly payments?: boolean
  /** Time limit for the remedies, in milliseconds. */
  readonly timeMs: number
}

/** Stop request `id` if it still runs. */
export interface CancelRequest {
  readonly kind: 'cancel'
  readonly id: number
}

/** Anything the page sends. */
export type Request = SolveRequest | FrontierRequest | DiagnoseRequest | CancelRequest

/** One objective's result. */
export interface ObjectiveResult {
  readonly objective: Objective
  readonly result: SearchResult
}

/** What the worker sends back. */
export type Reply =
  | {
      readonly kind: 'solved'
      readonly id: number
      /**
       * Absent in a game with an issue without a status quo: a deadlock is one issue changed
       * alone from the status quo, and every deal of such a game settles every open issue.
       */
      readonly deadlocks?: DeadlockReport
      readonly results: readonly ObjectiveResult[]
      readonly weighted?: WeightedChoice
      readonly elapsedMs: number
    }
  | { readonly kind: 'frontier'; readonly id: number; readonly data: FrontierChartData }
  | {
      readonly kind: 'firmness'
      readonly id: number
      readonly margins: readonly PartyMargin[]
      readonly firmness: FirmnessEstimate
    }
  | {
      readonly kind: 'remedies'
      readonly id: number
      /** null: the time limit ran out before the search could tell whether a deal exists. */
      readonly dealExists: boolean | null
      readonly remedies: readonly Remedy[]
      readonly complete: boolean
      readonly elapsedMs: number
    }
  | { readonly kind: 'cancelled'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
