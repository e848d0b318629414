/**
 * The two ways a command fails on purpose. A bad input file (exit 1) and a bad command line
 * (exit 2) are the user's to fix, so they carry a message saying what to do, never a stack
 * trace. Cancelling with Ctrl-C exits 130. Anything else that is thrown is a bug in mandjes (exit 70).
 */

/** Exit codes of the `mandjes` command. @category cli */
export const exitCodes = { ok: 0, badInput: 1, badUsage: 2, internal: 70, cancelled: 130 } as const

/**
 * A file the user gave cannot be used: unreadable, not a scenario, or a scenario with
 * problems. `lines` are shown one per line on stderr.
 * @example
 * throw new InputError(['scenario.yaml: parties[0].id: missing field "id"'])
 * @category cli
 */
export class InputError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'))
    this.name = 'InputError'
  }
}

/**
 * The command line itself is wrong in a way commander cannot see (a party id that is not in
 * the scenario, a deal number past the end).
 * @example
 * throw new UsageError('--party "tiel" is not a party of this scenario; parties: A, B')
 * @category cli
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/**
 * The user stopped long work (Ctrl-C); what was finished has been written. Exit code 130, as
 * for any program stopped by SIGINT.
 * @example
 * throw new Cancelled('sweep cancelled after 40 of 120 runs')
 * @category cli
 */
export class Cancelled extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'Cancelled'
  }
}
