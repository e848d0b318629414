import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { ExchangeModel } from './ExchangeModel.js'
import { readDecideFile } from './readDecideFile.js'
import { runExchangeModel } from './runExchangeModel.js'

const read = (text: string): ExchangeModel => {
  const r = readDecideFile(text)
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

// Invented numbers. a cares about the toll (0.8) and little about the ring (0.2); b the other way round.
const twoActors = read(
  [
    '#A;a',
    '#A;b',
    '#P;toll',
    '#P;ring',
    '#D;a;toll;0;0.8;1',
    '#D;a;ring;0;0.2;1',
    '#D;b;toll;100;0.2;1',
    '#D;b;ring;100;0.8;1',
  ].join('\n'),
)

describe('the exchange model', () => {
  it('starts from the power-and-salience-weighted mean of the positions', () => {
    // toll: (0.8 x 0 + 0.2 x 100) / 1 = 20; ring: (0.2 x 0 + 0.8 x 100) / 1 = 80.
    expect(runExchangeModel(twoActors, { rounds: 1 }).initialOutcome).toEqual({ toll: 20, ring: 80 })
  })

  it('lets each actor give way on the issue it cares less about, by the equal-gain rule (checked by hand)', () => {
    const [first, second] = runExchangeModel(twoActors, { rounds: 2 }).rounds
    // b moves all the way to a on the toll (shift 20), a all the way to b on the ring (shift
    // 20): each gains 20 x 0.8 - 20 x 0.2 = 12.
    expect(first!.exchanges).toHaveLength(1)
    const e = first!.exchanges[0]!
    expect(e.actors).toEqual(['a', 'b'])
    expect(e.issues).toEqual(['ring', 'toll'])
    expect(e.moves.a).toBeCloseTo(100, 9)
    expect(e.moves.b).toBeCloseTo(-100, 9)
    expect(e.gain).toBeCloseTo(12, 9)
    expect(first!.outcome.toll).toBeCloseTo(0, 9)
    expect(first!.outcome.ring).toBeCloseTo(100, 9)
    // Between rounds each moves 0.8 x 0.4 + 0.1 = 0.42 of the way to its vote: a to 42 on the
    // ring, b to 58 on the toll. Round 2 starts at toll 11.6, ring 88.4 and trades again: gain 11.6 x 0.6.
    expect(second!.exchanges.map((x) => x.gain)).toEqual([expect.closeTo(6.96, 9)])
    expect(second!.exchanges[0]!.moves.a).toBeCloseTo(58, 9)
  })

  it('reports on each issue’s own scale', () => {
    const scaled = read(
      [
        '#A;a',
        '#A;b',
        '#P;toll',
        '#M;toll;0.5',
        '#M;toll;7',
        '#P;ring',
        '#D;a;toll;0.5;0.8;1',
        '#D;a;ring;0;0.2;1',
        '#D;b;toll;7;0.2;1',
        '#D;b;ring;100;0.8;1',
      ].join('\n'),
    )
    const result = runExchangeModel(scaled, { rounds: 1 })
    expect(result.initialOutcome.toll).toBeCloseTo(0.5 + 0.2 * 6.5, 12)
    expect(result.rounds[0]!.exchanges[0]!.moves.b).toBeCloseTo(-6.5, 9)
    expect(result.rounds[0]!.exchanges[0]!.gain).toBeCloseTo(12, 9)
  })

  it('stops an outcome exactly at the demanding actor’s position rather than carry it past', () => {
    // c (toll only) holds the toll outcome down; b is strong on the toll. Moving b all the way
    // to a (30) would carry the toll outcome to 29.6, past a's 30.
    const model = read(
      [
        '#A;a',
        '#A;b',
        '#A;c',
        '#P;toll',
        '#P;ring',
        '#D;a;toll;30;0.9;1',
        '#D;a;ring;0;0.1;10',
        '#D;b;toll;100;0.5;4',
        '#D;b;ring;100;0.5;1',
        '#D;c;toll;0;1;1',
      ].join('\n'),
    )
    const [round] = runExchangeModel(model, { rounds: 1 }).rounds
    expect(round!.exchanges).toHaveLength(1)
    expect(round!.outcome.toll).toBeCloseTo(30, 9)
  })

  it('makes no exchange when the salience ratios are equal', () => {
    const flat = read(
      [
        '#A;a',
        '#A;b',
        '#P;toll',
        '#P;ring',
        '#D;a;toll;0;0.5;1',
        '#D;a;ring;0;0.5;1',
        '#D;b;toll;100;0.5;1',
        '#D;b;ring;100;0.5;1',
      ].join('\n'),
    )
    expect(runExchangeModel(flat, { rounds: 3 }).rounds.every((r) => r.exchanges.length === 0)).toBe(true)
  })
})
