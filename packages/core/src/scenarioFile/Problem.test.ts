import { describe, expect, it } from 'vitest'
import { formatPath, formatProblem, type Problem } from './Problem.js'

describe('formatPath', () => {
  it('writes keys after dots and list positions in brackets', () => {
    expect(formatPath(['parties', 2, 'valuations', 'housing-location-west'])).toBe(
      'parties[2].valuations.housing-location-west',
    )
  })

  it('quotes keys that would read ambiguously after a dot', () => {
    expect(formatPath(['statusQuo', 'a.b', 'c d', ''])).toBe('statusQuo["a.b"]["c d"][""]')
  })

  it('writes the top level as an empty path', () => {
    expect(formatPath([])).toBe('')
  })
})

describe('formatProblem', () => {
  const problem: Problem = {
    code: 'unknownIssue',
    path: ['parties', 0, 'valuations', 'rood'],
    message: 'unknown issue "rood"; use the id of one of the issues listed under issues.',
    suggestion: 'road',
  }

  it('names the file, the path, what is wrong, what to do and the code, on one line', () => {
    expect(formatProblem(problem, 'deal.yaml')).toBe(
      'deal.yaml: parties[0].valuations.rood: unknown issue "rood"; use the id of one of the issues listed under issues. Did you mean "road"? [unknownIssue]',
    )
  })

  it('adds line and column the way editors link them', () => {
    expect(formatProblem({ ...problem, file: 'deal.yaml', line: 12, column: 7 })).toMatch(
      /^deal\.yaml:12:7: parties\[0\]/,
    )
    expect(formatProblem({ ...problem, line: 12, column: 7 })).toMatch(/^line 12:7: parties\[0\]/)
  })

  it('says "top level" for problems with the whole file', () => {
    expect(formatProblem({ code: 'tooLarge', path: [], message: 'too large.' }, 'x.json')).toBe(
      'x.json: (top level): too large. [tooLarge]',
    )
  })

  it('keeps a problem on one line whatever the file contains', () => {
    expect(formatProblem({ code: 'wrongType', path: ['name'], message: 'found "a\nb"\r\n.' })).toBe(
      'name: found "a b" . [wrongType]',
    )
  })
})
