import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { statusLine } from './statusLine.js'

describe('statusLine: the terminal progress line', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('stays silent for two seconds, then says what runs and for how long, and wipes itself before output', () => {
    let written = ''
    const line = statusLine((t) => (written += t), 'mandjes solve', { now: () => Date.now() })
    line.phase('searching for the best deal')
    vi.advanceTimersByTime(1900)
    expect(written).toBe('')
    vi.advanceTimersByTime(1200)
    expect(written).toMatch(/mandjes solve: searching for the best deal, 3 s; Ctrl-C stops/)
    written = ''
    line.beforeOutput()
    expect(written).toBe('\r\x1b[K')
    // Right after other output the line keeps away (a command's own progress bar owns it).
    written = ''
    vi.advanceTimersByTime(500)
    expect(written).toBe('')
    line.stop()
    vi.advanceTimersByTime(5000)
    expect(written).toBe('')
  })

  it('fits the terminal width', () => {
    let written = ''
    const line = statusLine((t) => (written = t), 'mandjes analyze', { columns: 30, now: () => Date.now() })
    vi.advanceTimersByTime(3000)
    expect(written.replace('\r\x1b[K', '').length).toBeLessThanOrEqual(29)
    line.stop()
  })
})
