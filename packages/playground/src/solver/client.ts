/**
 * The page's side of the search worker: `solve` and `frontier` return promises; a new call of
 * the same kind cancels the previous one (its promise resolves to undefined), so only the
 * latest change is ever drawn.
 */
import type { Deal, Language, Objective, PartyId, Scenario } from 'mandjes'
import type { SwingWeights } from '../swing'
import type { Reply } from './protocol'
import SearchWorker from './worker?worker'

/** The deadlocks and best deals of one scenario. */
export type Solved = Extract<Reply, { kind: 'solved' }>

/** A worker and the request it is running. */
class Lane {
  private worker: Worker | undefined
  /** The last request sent; replies to older ones are dropped. */
  private latest = 0
  private pending = new Map<number, (reply: Reply) => void>()
  private static nextId = 1

  /**
   * @param restart a lane whose work is one synchronous run (diagnose) cannot see a cancel
   *   message until the run ends: it ends the worker instead, so a stale run stops using a core.
   */
  constructor(private readonly restart = false) {}

  /** Ends a restartable lane's running request (its promise resolves as cancelled). */
  stop(): void {
    if (!this.restart || this.pending.size === 0) return
    this.worker?.terminate()
    this.worker = undefined
    for (const [id, resolve] of this.pending) resolve({ kind: 'cancelled', id })
    this.pending.clear()
  }

  /** Sends a request built for a fresh id, cancelling the one still running. */
  ask(build: (id: number) => object): Promise<Reply> {
    this.stop()
    const worker = this.start()
    if (this.latest !== 0) worker.postMessage({ kind: 'cancel', id: this.latest })
    const id = Lane.nextId++
    this.latest = id
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      worker.postMessage(build(id))
    })
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker
    const worker = new SearchWorker()
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data
      this.pending.get(reply.id)?.(reply.id === this.latest ? reply : { kind: 'cancelled', id: reply.id })
      this.pending.delete(reply.id)
    }
    this.worker = worker
    return worker
  }
}

const solveLane = new Lane()
// The frontier enumerates the outcome space: its own worker, so deals re-solve meanwhile.
const frontierLane = new Lane()
// Diagnose is one synchronous run (seconds on a scenario with no deal): its own worker too,
// ended and restarted when a newer change supersedes a run.
const diagnoseLane = new Lane(true)

/** What diagnose says about a scenario: the deal's firmness, or the remedies. */
export type Diagnosed = Extract<Reply, { kind: 'firmness' | 'remedies' }>

/** The deadlocks and the best deal per objective, or undefined when a newer call superseded it. */
export const solve = async (
  scenario: Scenario,
  objectives: readonly Objective[],
  payments: boolean | undefined,
  weights?: SwingWeights,
): Promise<Solved | { kind: 'failed'; message: string } | undefined> => {
  const reply = await solveLane.ask((id) => ({
    kind: 'solve',
    id,
    scenario,
    objectives,
    timeMs: 5000,
    ...(weights === undefined ? {} : { weights }),
    ...(payments === undefined ? {} : { payments }),
  }))
  return reply.kind === 'solved' || reply.kind === 'failed' ? reply : undefined
}

/** The frontier chart data of two parties, or undefined when superseded. */
export const frontier = async (scenario: Scenario, x: PartyId, y: PartyId, language: Language) => {
  const reply = await frontierLane.ask((id) => ({ kind: 'frontier', id, scenario, x, y, language }))
  return reply.kind === 'frontier' || reply.kind === 'failed' ? reply : undefined
}

/** How firm `deal` is, or (no deal) what it would take; undefined when superseded. */
export const diagnoseScenario = async (
  scenario: Scenario,
  deal: Deal | undefined,
  payments: boolean | undefined,
): Promise<Diagnosed | { kind: 'failed'; message: string } | undefined> => {
  const reply = await diagnoseLane.ask((id) => ({
    kind: 'diagnose',
    id,
    scenario,
    timeMs: 8000,
    ...(deal === undefined ? {} : { deal }),
    ...(payments === undefined ? {} : { payments }),
  }))
  return reply.kind === 'firmness' || reply.kind === 'remedies' || reply.kind === 'failed' ? reply : undefined
}

/** Stops a diagnosis still running (a change made it stale), so the new search has the core. */
export const stopDiagnosis = (): void => diagnoseLane.stop()
