/**
 * The search worker: runs core's searches off the page's thread. Each objective is searched
 * with `findDealAsync`, which yields between slices, so a cancel message that arrives
 * mid-search is seen and aborts it. Diagnose runs in a worker of its own (see client.ts).
 */
import { analyzeScenario, findDeadlocks, findDealAsync, frontierChartData, requiredIssues } from 'mandjes'
import { hasWeights } from '../swing'
import type { ObjectiveResult, Reply, Request, SolveRequest } from './protocol'

const running = new Map<number, AbortController>()
const send = (reply: Reply): void => (self as unknown as Worker).postMessage(reply)

const solve = async (r: SolveRequest): Promise<void> => {
  const controller = new AbortController()
  running.set(r.id, controller)
  const start = performance.now()
  try {
    // findDeadlocks refuses a game without a status quo (nothing changes alone there); the
    // deals are still found, so the page shows them without a deadlock table.
    const deadlocks = requiredIssues(r.scenario).length > 0 ? undefined : findDeadlocks(r.scenario)
    const results: ObjectiveResult[] = []
    for (const objective of r.objectives) {
      const result = await findDealAsync(r.scenario, {
        objective,
        sliceMs: 25,
        budget: { timeMs: r.timeMs, signal: controller.signal },
        ...(r.payments === undefined ? {} : { payments: r.payments }),
      })
      if (controller.signal.aborted) return send({ kind: 'cancelled', id: r.id })
      results.push({ objective, result })
    }
    // Swing weights: loaded on first use, so a page without weights never loads topDeals.
    const weighted =
      r.weights === undefined || !hasWeights(r.weights)
        ? undefined
        : (await import('./swingTask')).chooseByWeights(r.scenario, r.weights, r.payments, controller.signal)
    if (controller.signal.aborted) return send({ kind: 'cancelled', id: r.id })
    send({
      kind: 'solved',
      id: r.id,
      ...(deadlocks === undefined ? {} : { deadlocks }),
      results,
      ...(weighted === undefined ? {} : { weighted }),
      elapsedMs: Math.round(performance.now() - start),
    })
  } catch (e) {
    send({ kind: 'failed', id: r.id, message: e instanceof Error ? e.message : String(e) })
  } finally {
    running.delete(r.id)
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  const r = event.data
  if (r.kind === 'cancel') running.get(r.id)?.abort()
  else if (r.kind === 'solve') void solve(r)
  else if (r.kind === 'diagnose') {
    // Loaded on first use: the first search does not wait for diagnose's code.
    void import('./diagnoseTask')
      .then(({ runDiagnosis }) => send(runDiagnosis(r)))
      .catch((e: unknown) => send({ kind: 'failed', id: r.id, message: e instanceof Error ? e.message : String(e) }))
  } else {
    try {
      send({
        kind: 'frontier',
        id: r.id,
        data: frontierChartData(r.scenario, analyzeScenario(r.scenario), r.x, r.y, r.language),
      })
    } catch (e) {
      send({ kind: 'failed', id: r.id, message: e instanceof Error ? e.message : String(e) })
    }
  }
}
