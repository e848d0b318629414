/**
 * Every line the command line prints as text fits a terminal of 100 columns: the demo, each
 * command's text output on every example, and every help page. (Council notes from `report`
 * are documents, Markdown or HTML, whose tables are one line per row; CSV rows are data.
 * Neither is terminal text.)
 */
import { describe, expect, it } from 'vitest'
import { twoActorStudy as study } from '@mandjes/testkit/exchangeStudy.js'
import { textWidth, wrapLine } from '../src/output.js'
import { buildProgram } from '../src/run.js'
import { memoryIo } from '../src/Io.js'
import { example, runCli, tempFiles } from './runCli.js'

const examples = ['road-and-housing', 'rivierenland', 'mra-housing', 'sww-social']
const tooWide = (text: string): string[] => text.split('\n').filter((line) => line.length > textWidth)

describe('wrapLine', () => {
  it('folds at spaces, indents continuation lines two more, and loses no word', () => {
    const line = `    gets  ${Array.from({ length: 40 }, (_, k) => `issue-${k} (+0.${k})`).join('; ')}`
    const folded = wrapLine(line)
    expect(folded.length).toBeGreaterThan(1)
    expect(folded.every((l) => l.length <= 100)).toBe(true)
    expect(folded.slice(1).every((l) => l.startsWith('      ') && l[6] !== ' ')).toBe(true)
    expect(folded.map((l) => l.trim()).join(' ')).toBe(line.trim())
    expect(wrapLine('short')).toEqual(['short'])
    // A word longer than the width stays whole rather than being cut.
    expect(wrapLine(`x ${'y'.repeat(120)}`)).toEqual(['x', `  ${'y'.repeat(120)}`])
  })
})

describe('text output fits 100 columns', () => {
  it('mandjes demo', async () => {
    const r = await runCli(['demo'])
    expect(r.code).toBe(0)
    expect(r.out.split('\n').length).toBeGreaterThan(100)
    expect(tooWide(r.out)).toEqual([])
  })

  it.each(examples.flatMap((name) => ['validate', 'deadlocks', 'solve', 'diagnose', 'simulate'].map((c) => [c, name])))(
    '%s on %s',
    async (command, name) => {
      const r = await runCli([command, example(name)])
      expect(r.code, r.err).toBe(0)
      expect(r.out).not.toBe('')
      expect(tooWide(r.out)).toEqual([])
      expect(tooWide(r.err)).toEqual([])
    },
  )

  it.each(examples)('analyze on %s', async (name) => {
    const r = await runCli(['analyze', example(name), '--time-limit', '20'])
    expect(r.code, r.err).toBe(0)
    expect(tooWide(r.out)).toEqual([])
  })

  it('exchange', async () => {
    const r = await runCli(['exchange', 'study.csv'], { cwd: tempFiles({ 'study.csv': study }) })
    expect(r.code).toBe(0)
    expect(tooWide(r.out)).toEqual([])
  })

  it('every help page', async () => {
    const names = buildProgram(memoryIo()).commands.map((c) => c.name())
    expect(names.length).toBeGreaterThan(8)
    for (const args of [['--help'], ...names.map((name) => [name, '--help'])]) {
      const r = await runCli(args)
      expect(r.code).toBe(0)
      expect(tooWide(r.out), args.join(' ')).toEqual([])
    }
  })
})
