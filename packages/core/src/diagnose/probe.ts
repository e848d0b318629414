/**
 * One question every remedy asks many times: does a valid deal exist in this (relaxed)
 * scenario, within what is left of the time limit? Answered by the exact search `findDeal`,
 * so "no" is a proof (a deadlock certificate), not a failure to find.
 */
import type { Scenario } from '../model/Scenario.js'
import type { DealRules } from '../evaluate/DealRules.js'
import { findDeal } from '../search/findDeal.js'
import type { ObjectiveSpec, RankedDeal, SearchConstraints } from '../search/Search.js'
import type { RemedyDeal } from './Remedy.js'

/**
 * The shared settings of one diagnosis: the search constraints (`--issue` puts every other
 * issue off the table), rules, payments, and the deadline every probe shares.
 * @category diagnose
 */
export interface DiagnoseContext {
  readonly constraints: SearchConstraints
  readonly rules?: DealRules
  readonly payments?: boolean
  /** `performance.now()` value after which no probe starts (Infinity: no limit). */
  readonly deadline: number
  readonly signal?: AbortSignal
}

/**
 * A probe's answer: a valid deal, a proof that none exists, or `Unknown` when the time ran out.
 * @category diagnose
 */
export type ProbeResult =
  | { readonly _tag: 'Found'; readonly best: RankedDeal; readonly nodes: number }
  | { readonly _tag: 'None'; readonly nodes: number }
  | { readonly _tag: 'Unknown'; readonly nodes: number }

/** Milliseconds left before the deadline. @category diagnose */
export const remainingMs = (ctx: DiagnoseContext): number => Math.max(0, ctx.deadline - globalThis.performance.now())

/** Whether the deadline has passed (or the signal aborted). @category diagnose */
export const outOfTime = (ctx: DiagnoseContext): boolean => remainingMs(ctx) <= 0 || ctx.signal?.aborted === true

/**
 * Whether a valid deal exists in `scenario` under the context's constraints, and the best one
 * by `objective` when it does.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * probe(scenario, ctx)._tag // => 'Found': road via-b with housing west
 * @category diagnose
 */
export const probe = (
  scenario: Scenario,
  ctx: DiagnoseContext,
  objective: ObjectiveSpec = 'sum',
  extra: SearchConstraints = {},
): ProbeResult => {
  if (outOfTime(ctx)) return { _tag: 'Unknown', nodes: 0 }
  const ms = remainingMs(ctx)
  const result = findDeal(scenario, {
    objective,
    constraints: { ...ctx.constraints, ...extra },
    ...(ctx.rules === undefined ? {} : { rules: ctx.rules }),
    ...(ctx.payments === undefined ? {} : { payments: ctx.payments }),
    budget: {
      ...(Number.isFinite(ms) ? { timeMs: ms } : {}),
      ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
    },
  })
  const nodes = result.stats.nodes
  if (result._tag === 'Optimal') return { _tag: 'Found', best: result.best, nodes }
  if (result._tag === 'NoDeal') return { _tag: 'None', nodes }
  // Out of time, but a valid deal already found answers the question of existence.
  return result.best._tag === 'Some' ? { _tag: 'Found', best: result.best.value, nodes } : { _tag: 'Unknown', nodes }
}

/**
 * The deal part of a remedy, from a ranked deal.
 * @example
 * const ctx = { constraints: {}, deadline: Infinity } // no constraints, no time limit
 * const found = probe(scenario, ctx)
 * found._tag === 'Found' && remedyDeal(found.best).changes // => ['road', 'housing']
 * @category diagnose
 */
export const remedyDeal = (ranked: RankedDeal): RemedyDeal => ({
  deal: ranked.deal,
  gains: ranked.gains,
  changes: ranked.changes,
  participants: ranked.participants,
})
