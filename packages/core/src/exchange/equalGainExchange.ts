/**
 * One equal-gain exchange between two actors on two issues, computed from where the voting
 * positions stand. Actor I supplies issue q (moves its voting position there towards J's
 * position) and demands issue p; actor J supplies p and demands q. With W the sum of power ×
 * salience on an issue, a move of m by an actor with power c and salience s shifts the
 * outcome by m c s / W. The rules (after Stokman and Van Oosten 1994, equal-gain variant):
 *
 * 1. J first offers its whole distance on p: it moves to I's position, the outcome on p
 *    shifts by dp; the outcome on q then shifts by dq = dp (s_Ip + s_Jp) / (s_Iq + s_Jq), the
 *    shift that gives both actors the same gain, dp s_Ip − dq s_Iq = dq s_Jq − dp s_Jp.
 * 2. If that asks I to move past J's position on q, I moves exactly to J's position instead
 *    and dp follows from dq by the same ratio.
 * 3. An outcome never shifts past the demanding actor's own position: a shift that would is
 *    cut to reach it exactly, and the other shift follows by the same ratio.
 *
 * Demand positions are the actors' own (start-of-round) positions, what they want; supply
 * positions are their current voting positions, which earlier exchanges of the round moved.
 * The gain is positive exactly when s_Ip / s_Iq > s_Jp / s_Jq, which is how the roles are
 * assigned (`rolesOf`).
 */

/** The dense state of a round, by actor a and issue i at `a * issueCount + i`. @category exchange */
export interface ExchangeRoundState {
  readonly issueCount: number
  /** 1 when the actor takes part in the issue. */
  readonly takesPart: Uint8Array
  /** Own (demand) positions at the start of the round, on 0-100. */
  readonly own: Float64Array
  /** Voting (supply) positions, on 0-100. */
  readonly voting: Float64Array
  readonly salience: Float64Array
  readonly power: Float64Array
  /** Σ power × salience per issue. */
  readonly weight: Float64Array
  /** The outcome per issue from the voting positions, on 0-100. */
  readonly outcome: Float64Array
  /** Per actor and issue: the sign of the moves already realised this round (0 none). */
  readonly direction: Int8Array
}

/** An exchange, computed: the signed moves of I on q and J on p (0-100 scale) and the gain. @category exchange */
export interface ComputedExchange {
  readonly moveI: number
  readonly moveJ: number
  readonly gain: number
  readonly valid: boolean
}

const eps = 1e-10

/**
 * Who supplies which issue for actors a and b on issues p and q: `[I, J]`, I supplying q and
 * J supplying p. An actor supplies the issue it cares relatively less about; the comparison
 * is by cross-multiplication (s_ap s_bq < s_bp s_aq), so a zero salience needs no division.
 * With `a` supplying p exactly when its ratio is the smaller one, equal ratios make a the
 * demander of p (and the exchange worthless: its gain is 0).
 * @example
 * // Actor 0 cares 0.8 about issue 0 (the toll) and 0.2 about issue 1 (the ring road), actor 1 the reverse.
 * rolesOf(exchangeState, 0, 1, 0, 1) // => [0, 1]: actor 0 supplies the ring road, actor 1 the toll
 * @category exchange
 */
export const rolesOf = (
  st: ExchangeRoundState,
  a: number,
  b: number,
  p: number,
  q: number,
): readonly [number, number] => {
  const n = st.issueCount
  const s = st.salience
  return s[a * n + p]! * s[b * n + q]! < s[b * n + p]! * s[a * n + q]! ? [b, a] : [a, b]
}

/**
 * The exchange of I (supplying q, demanding p) and J (supplying p, demanding q) now.
 * @example
 * // Actor 0 gives way on the ring road (issue 1), actor 1 on the toll (issue 0), on the 0-100 copy.
 * computeExchange(exchangeState, 0, 1, 0, 1) // => { moveI: 100, moveJ: -100, gain: 12, valid: true }
 * @category exchange
 */
export const computeExchange = (
  st: ExchangeRoundState,
  I: number,
  J: number,
  p: number,
  q: number,
): ComputedExchange => {
  const n = st.issueCount
  const s = st.salience
  const sIp = s[I * n + p]!,
    sIq = s[I * n + q]!,
    sJp = s[J * n + p]!,
    sJq = s[J * n + q]!
  const wJp = st.power[J * n + p]! * sJp
  const wIq = st.power[I * n + q]! * sIq
  const Wp = st.weight[p]!,
    Wq = st.weight[q]!
  const none = { moveI: 0, moveJ: 0, gain: 0, valid: false }
  if (wJp <= 0 || wIq <= 0 || sIp + sJp <= 0 || sIq + sJq <= 0) return none
  // Directions: each supplier moves towards the demander's own position.
  const towardsP = st.own[I * n + p]! - st.voting[J * n + p]!
  const towardsQ = st.own[J * n + q]! - st.voting[I * n + q]!
  const signJ = Math.sign(towardsP)
  const signI = Math.sign(towardsQ)
  const ratio = (sIp + sJp) / (sIq + sJq) // dq = ratio × dp
  // Rule 1, then rule 2.
  let dp = (Math.abs(towardsP) * wJp) / Wp
  let dq = ratio * dp
  if ((dq * Wq) / wIq > Math.abs(towardsQ)) {
    dq = (Math.abs(towardsQ) * wIq) / Wq
    dp = dq / ratio
  }
  // Rule 3: the outcome on p may not pass I's own position, nor the outcome on q J's.
  const roomP = Math.max(0, (st.own[I * n + p]! - st.outcome[p]!) * signJ)
  if (dp > roomP) {
    dp = roomP
    dq = ratio * dp
  }
  const roomQ = Math.max(0, (st.own[J * n + q]! - st.outcome[q]!) * signI)
  if (dq > roomQ) {
    dq = roomQ
    dp = dq / ratio
  }
  const moveJ = signJ * ((dp * Wp) / wJp)
  const moveI = signI * ((dq * Wq) / wIq)
  const gain = dp * sIp - dq * sIq
  const dirI = st.direction[I * n + q]!
  const dirJ = st.direction[J * n + p]!
  const inside = (v: number) => v >= -eps && v <= 100 + eps
  const valid =
    gain > eps &&
    Math.abs(moveI) > eps &&
    Math.abs(moveJ) > eps &&
    (dirI === 0 || dirI === signI) &&
    (dirJ === 0 || dirJ === signJ) &&
    inside(st.voting[I * n + q]! + moveI) &&
    inside(st.voting[J * n + p]! + moveJ)
  return { moveI, moveJ, gain, valid }
}
