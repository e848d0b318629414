import { describe, expect, it } from 'vitest'
import { readDecideFile, splitDecideLine } from './readDecideFile.js'

describe('reading decide input files', () => {
  it('splits tab- and semicolon-separated rows with quoted fields', () => {
    expect(splitDecideLine("'#A'\t'PvdA'\t'Partij van de Arbeid'\t''")).toEqual([
      '#A',
      'PvdA',
      'Partij van de Arbeid',
      '',
    ])
    expect(splitDecideLine('#D;"a;b";toll;3,5;0.5;1')).toEqual(['#D', 'a;b', 'toll', '3,5', '0.5', '1'])
    expect(splitDecideLine("'#P';'it''s'")).toEqual(['#P', "it's"])
  })

  it('takes an issue’s bounds from its #M rows, 0 to 100 without them', () => {
    const r = readDecideFile(
      ['#A;a', '#P;toll', '#M;toll;7', '#M;toll;0.5', '#P;ring', '#D;a;toll;3;0.5;1', '#D;a;ring;50;0.5;1'].join(
        '\r\n',
      ),
    )
    expect(r._tag === 'Right' && r.right.issues).toEqual([
      { id: 'toll', name: 'toll', lower: 0.5, upper: 7 },
      { id: 'ring', name: 'ring', lower: 0, upper: 100 },
    ])
  })

  it('reports every problem with its line and what to do', () => {
    const r = readDecideFile(
      [
        '#A;a',
        '#P;toll',
        '#D;b;toll;3;0.5;1',
        '#D;a;toll;300;0.5;1',
        '#D;a;toll;x;0.5;1',
        '#X;?',
        '#D;a;toll;3;150;1',
        '#D;a',
      ].join('\n'),
    )
    expect(r._tag).toBe('Left')
    const problems = r._tag === 'Left' ? r.left : []
    expect(problems.map((p) => p.line)).toEqual([6, 8, 3, 4, 5, 5, 7, 7])
    expect(problems.find((p) => p.line === 3)?.message).toBe('actor b has no #A row; add one or fix the id')
    expect(problems.find((p) => p.line === 4)?.message).toContain('outside issue toll')
    expect(problems.find((p) => p.line === 6)?.message).toContain('unknown row type')
    expect(problems.find((p) => p.line === 8)?.message).toContain('needs actor, issue, position, salience and power')
  })

  it('refuses a file that is not a decide file', () => {
    const r = readDecideFile('name: road and housing\nparties: []\n')
    expect(r._tag).toBe('Left')
  })
})
