import { describe, expect, it } from 'vitest'
import { example, runCli } from '../test/runCli.js'

describe('mandjes (the program)', () => {
  it('shows help for every command and exits 0', async () => {
    for (const command of ['validate', 'deadlocks', 'solve', 'analyze', 'simulate', 'sweep', 'report', 'demo']) {
      const r = await runCli([command, '--help'])
      expect(r.code, command).toBe(0)
      expect(r.out, command).toContain(`Usage: mandjes ${command}`)
    }
  })

  it('lists the commands with --help and prints its version', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toMatch(/solve \[options\] <file>/)
    const version = await runCli(['--version'])
    expect(version.out.trim()).toBe('0.1.0')
  })

  it('exits 2 on an unknown command, an unknown option or no command at all', async () => {
    const unknown = await runCli(['slove', example('road-and-housing')])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain("unknown command 'slove'")
    expect(unknown.err).toContain('solve')
    expect((await runCli(['solve', example('road-and-housing'), '--fast'])).code).toBe(2)
    expect((await runCli([])).code).toBe(2)
  })

  it('exits 1 for a file that is not a scenario, whatever the command', async () => {
    for (const command of ['deadlocks', 'solve', 'analyze', 'simulate']) {
      const r = await runCli([command, 'package.json'])
      expect(r.code, command).toBe(1)
      expect(r.err, command).toContain('package.json')
      expect(r.out, command).toBe('')
    }
  })
})
