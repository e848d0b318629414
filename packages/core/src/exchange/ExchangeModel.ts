/**
 * The exchange model's input (Stokman and Van Oosten 1994; the equal-gain variant of Stokman
 * and others): actors with a position, a salience and a power on each position issue, each
 * issue a line between two bounds. Unlike a `Scenario` (options, valuations, mandates), an
 * issue here is a continuum and the outcome is a weighted mean, so the model has its own types.
 */

/**
 * A position issue: a line from `lower` to `upper` on its own scale (euros, a percentage, a
 * rank). The model computes on a 0-100 copy of it and reports on this scale.
 * @category exchange
 */
export interface PositionIssue {
  readonly id: string
  readonly name: string
  readonly lower: number
  readonly upper: number
}

/** An actor of the exchange model. @category exchange */
export interface ExchangeActor {
  readonly id: string
  readonly name: string
}

/**
 * One actor on one issue: its preferred `position` (on the issue's scale), the `salience` the
 * issue has for it (how much it cares, > 0 for the actor to take part in exchanges on it) and
 * its `power` (capability, how much its vote weighs).
 * @category exchange
 */
export interface ActorPosition {
  readonly actor: string
  readonly issue: string
  readonly position: number
  readonly salience: number
  readonly power: number
}

/**
 * An exchange-model input: actors, issues and the actors' positions. An actor without a
 * position on an issue does not take part in it.
 * @category exchange
 */
export interface ExchangeModel {
  readonly actors: readonly ExchangeActor[]
  readonly issues: readonly PositionIssue[]
  readonly positions: readonly ActorPosition[]
}

/**
 * One realised exchange: `actors[0]` moves its voting position on `issues[0]` (its supply
 * issue, the demand issue of `actors[1]`) and `actors[1]` on `issues[1]`. `moves` are the
 * signed shifts of each actor's voting position on its supply issue, on that issue's scale;
 * `gain` is each actor's (equal) expected utility gain, in salience × outcome shift on the
 * 0-100 copy of the issues.
 * @category exchange
 */
export interface RealisedExchange {
  readonly actors: readonly [string, string]
  readonly issues: readonly [string, string]
  readonly moves: Readonly<Record<string, number>>
  readonly gain: number
}

/** One round: the outcome after its exchanges, and the exchanges in the order realised. @category exchange */
export interface ExchangeRound {
  readonly round: number
  readonly outcome: Readonly<Record<string, number>>
  readonly exchanges: readonly RealisedExchange[]
}

/**
 * The run of the model: the outcome before any exchange, then each round. `stopped` is there
 * when a signal ended the run early: `rounds` then holds every round before `stopped.round`,
 * each whole (a round cut short is dropped), exactly as a run of `stopped.round - 1` rounds.
 * @category exchange
 */
export interface ExchangeResult {
  readonly initialOutcome: Readonly<Record<string, number>>
  readonly rounds: readonly ExchangeRound[]
  readonly stopped?: { readonly round: number }
}
