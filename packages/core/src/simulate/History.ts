/**
 * A run's history as data: the state it started from and, for every step, the immer patches
 * that step made. Laws: replaying all steps from `initial` gives exactly the final state; the
 * history survives `JSON.stringify` / `JSON.parse` unchanged in meaning.
 */
import { applyPatches, enablePatches, freeze, Immer, produceWithPatches, type Draft, type Patch } from 'immer'
import type { NegotiationState } from './NegotiationState.js'

/**
 * One recorded step: which meeting, what happened (a short label), and the patches it made.
 * @category simulate
 */
export interface HistoryStep {
  readonly round: number
  readonly label: string
  readonly patches: readonly Patch[]
}

/**
 * The full history of a run.
 * @category simulate
 */
export interface History {
  readonly initial: NegotiationState
  readonly steps: readonly HistoryStep[]
}

/**
 * The state after replaying the first `upTo` steps of a history (all by default).
 * @example
 * const result = simulate(scenario, { seed: 1 })
 * JSON.stringify(replay(result.history!)) === JSON.stringify(result.state) // => true
 * replay(result.history!, 0) === result.history!.initial // => true
 * @category simulate
 */
export const replay = (history: History, upTo: number = history.steps.length): NegotiationState => {
  enablePatches()
  let state = history.initial
  for (const step of history.steps.slice(0, upTo)) state = applyPatches(state, step.patches as Patch[])
  return state
}

/**
 * Immer without freezing each step's result, for runs that record no history (sweeps): deep
 * freezing walks every new object of every step, a large share of a run's time. The state is
 * still never mutated (immer copies on write); the recorder freezes the final state once.
 */
const unfrozen = new Immer({ autoFreeze: false })

/** Where a recorder was (see `Recorder.mark`). @category simulate */
export interface RecorderMark {
  readonly state: NegotiationState
  readonly steps: number
}

/**
 * The current state of a run and, when recording, the steps so far. The state itself is
 * immutable; only the recorder's reference to it moves.
 * @example
 * const recorder = new Recorder(initialState(scenario, config, 1), true)
 * recorder.step('meeting 0 closes', (draft) => { draft.round = 1 })
 * recorder.history()?.steps.length // => 1
 * @category simulate
 */
export class Recorder {
  private current: NegotiationState
  private readonly recorded: HistoryStep[] | undefined
  readonly initial: NegotiationState

  constructor(initial: NegotiationState, record: boolean) {
    this.initial = initial
    this.current = initial
    this.recorded = record ? [] : undefined
    if (record) enablePatches()
  }

  get state(): NegotiationState {
    return this.current
  }

  /** The state as a run hands it out: frozen deeply, as immer leaves it when recording. */
  finalState(): NegotiationState {
    return freeze(this.current, true)
  }

  /** Applies one step through immer, recording its patches when recording. */
  step(label: string, recipe: (draft: Draft<NegotiationState>) => void): void {
    if (this.recorded === undefined) {
      this.current = unfrozen.produce(this.current, recipe)
      return
    }
    const [next, patches] = produceWithPatches(this.current, recipe)
    if (patches.length > 0) this.recorded.push({ round: this.current.round, label, patches })
    this.current = next
  }

  /**
   * A mark of where the run is now, for `rollBack`: the state (immutable, so keeping the
   * reference keeps it) and the number of steps recorded.
   */
  mark(): RecorderMark {
    return { state: this.current, steps: this.recorded?.length ?? 0 }
  }

  /**
   * Goes back to a mark: the state and the history are as they were then, as if the steps
   * since had never been taken. A stopped simulation drops its unfinished meeting this way.
   */
  rollBack(mark: RecorderMark): void {
    this.current = mark.state
    this.recorded?.splice(mark.steps)
  }

  history(): History | undefined {
    return this.recorded === undefined ? undefined : { initial: this.initial, steps: this.recorded }
  }
}
