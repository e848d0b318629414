import type { ConcessionTactic } from '../Mediator.js'

/**
 * The concession exponent β of a time-dependent tactic (Faratin, Sierra and Jennings 1998):
 * Boulware β < 1 (holds out, concedes near the deadline), linear β = 1, conceder β > 1
 * (concedes early). The values are the ones commonly used in the negotiation literature.
 * @example
 * concessionBeta('linear') // => 1
 * @category simulate
 */
export const concessionBeta = (tactic: ConcessionTactic): number =>
  tactic === 'boulware' ? 0.2 : tactic === 'conceder' ? 5 : 1

/**
 * How far a negotiator has conceded at time `t` in [0, 1] (0 at the start, 1 at the
 * deadline): `F(t) = t^(1/β)`, the polynomial family of Faratin et al. with initial constant
 * k = 0. A negotiator then demands `(1 − F(t)) ×` its ideal gain.
 * @example
 * conceded(0.5, 1) // => 0.5
 * conceded(0.5, 0.2) // => 0.03125
 * conceded(1, 5) // => 1
 * @category simulate
 */
export const conceded = (t: number, beta: number): number => Math.pow(Math.min(1, Math.max(0, t)), 1 / beta)
