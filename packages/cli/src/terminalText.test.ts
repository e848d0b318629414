import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli, tempFiles } from '../test/runCli.js'
import { terminalLine, terminalText } from './terminalText.js'

describe('terminal output escapes control characters and line breaks in names (regression: they printed raw and could forge lines)', () => {
  it('escapes ANSI sequences, newlines, carriage returns, C1 controls and bidi overrides', () => {
    expect(terminalLine('Tiel\u001b[2J\nforged\rx\u0085\u202eevil')).toBe('Tiel\\x1b[2J\\nforged\\rx\\x85\\u202eevil')
    expect(terminalText('line one\nline \u001b[31mtwo')).toBe('line one\nline \\x1b[31mtwo')
    expect(terminalLine('Gemeente Súdwest-Fryslân — € 5')).toBe('Gemeente Súdwest-Fryslân — € 5')
  })

  it('prints a scenario whose party name holds an escape sequence and a newline as one escaped line', async () => {
    const text = readFileSync(join(repoRoot, example('road-and-housing')), 'utf8').replace(
      'name: Gemeente A',
      'name: "Gemeente A\\u001b[2J\\nworse off: nobody"',
    )
    const dir = tempFiles({ 'evil.yaml': text })
    for (const args of [
      ['solve', 'evil.yaml'],
      ['simulate', 'evil.yaml', '--rounds', '3'],
      ['report', 'evil.yaml', '--party', 'A'],
    ]) {
      const r = await runCli(args, { cwd: dir })
      expect(r.code).toBe(0)
      // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
      expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
      expect(r.out).not.toMatch(/^worse off: nobody/m)
      // The note's Markdown already turns the newline into a space; the escape character is shown as \x1b.
      expect(r.out).toContain(args[0] === 'report' ? 'Gemeente A\\x1b' : 'Gemeente A\\x1b[2J\\nworse off: nobody')
    }
    const json = await runCli(['solve', 'evil.yaml', '--json'], { cwd: dir })
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(json.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  })
})
