/**
 * A stop signal that another thread can raise while this one is busy. Ctrl-C reaches the
 * main thread; the command runs in a worker whose searches are synchronous and read
 * `signal.aborted` between steps (the core's budgets do). A plain `AbortSignal` only changes
 * when its thread's event loop runs, which a synchronous search never lets happen, so the flag
 * lives in shared memory and `aborted` reads it on every call.
 *
 * Law: once `aborted` has been seen true it stays true, and the signal's `abort` event has
 * fired exactly once (listeners such as a worker pool's see it as from any AbortController).
 */

/** A stop flag in shared memory, raised by one thread and read by another. @category cli */
export interface StopFlag {
  readonly buffer: SharedArrayBuffer
}

/**
 * A new, lowered stop flag.
 * @example
 * const flag = stopFlag(); raiseStop(flag)
 * @category cli
 */
export const stopFlag = (): StopFlag => ({ buffer: new SharedArrayBuffer(4) })

/**
 * Raises the flag: every signal made from it reads aborted from now on.
 * @example
 * raiseStop(flag); liveSignal(flag).aborted // => true
 * @category cli
 */
export const raiseStop = (flag: StopFlag): void => {
  Atomics.store(new Int32Array(flag.buffer), 0, 1)
}

/**
 * An `AbortSignal` whose `aborted` follows the shared flag even inside synchronous work, and
 * which fires its `abort` event the first time the flag is seen raised (or `abort()` is
 * called on the returned controller, when a message says stop).
 * @example
 * const { signal } = liveSignal(flag); raiseStop(flag); signal.aborted // => true
 * @category cli
 */
export const liveSignal = (flag: StopFlag): AbortController => {
  const controller = new AbortController()
  const abort = controller.abort.bind(controller)
  const cell = new Int32Array(flag.buffer)
  let stopped = false
  const stop = (reason?: unknown): void => {
    if (stopped) return
    stopped = true
    abort(reason ?? new Error('stopped by Ctrl-C'))
  }
  // An own property shadows AbortSignal.prototype's getter; the object stays a real
  // AbortSignal, so addEventListener and friends keep working.
  Object.defineProperty(controller.signal, 'aborted', {
    configurable: true,
    get: () => {
      if (!stopped && Atomics.load(cell, 0) !== 0) stop()
      return stopped
    },
  })
  return Object.assign(controller, { abort: stop })
}
