import { describe, expect, it } from 'vitest'
import { liveSignal, raiseStop, stopFlag } from './liveSignal.js'

describe('liveSignal: a stop another thread can raise during synchronous work', () => {
  it('reads aborted from the shared flag without the event loop, and fires abort once', () => {
    const flag = stopFlag()
    const { signal } = liveSignal(flag)
    let fired = 0
    signal.addEventListener('abort', () => fired++)
    expect(signal.aborted).toBe(false)
    raiseStop(flag)
    // No await in between: a synchronous search sees the flag at its next check.
    expect(signal.aborted).toBe(true)
    expect(signal.aborted).toBe(true)
    expect(fired).toBe(1)
  })

  it('stops through abort() as well (the message path when the thread is idle), once', () => {
    const controller = liveSignal(stopFlag())
    let fired = 0
    controller.signal.addEventListener('abort', () => fired++)
    controller.abort()
    controller.abort()
    expect(controller.signal.aborted).toBe(true)
    expect(fired).toBe(1)
  })
})
