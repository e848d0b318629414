/**
 * The messages between the page and the search worker. Scenarios and results are plain data,
 * so they cross by structured clone. A newer request cancels the one still running.
 */
import type { DeadlockReport, FrontierChartData, Language, Objective, PartyId, Scenario, SearchResult } from 'mandjes'

/** Solve: the deadlocks and the best deal under each objective. */
export interface SolveRequest {
  readonly kind: 'solve'
  readonly id: number
  readonly scenario: Scenario
  readonly objectives: readonly Objective[]
  readonly payments?: boolean
  /** Time per objective, in milliseconds. */
  readonly timeMs: number
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

/** Stop request `id` if it still runs. */
export interface CancelRequest {
  readonly kind: 'cancel'
  readonly id: number
}

/** Anything the page sends. */
export type Request = SolveRequest | FrontierRequest | CancelRequest

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
      readonly deadlocks: DeadlockReport
      readonly results: readonly ObjectiveResult[]
      readonly elapsedMs: number
    }
  | { readonly kind: 'frontier'; readonly id: number; readonly data: FrontierChartData }
  | { readonly kind: 'cancelled'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
