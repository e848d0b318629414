import { describe, expect, it } from 'vitest'
import type { PartyId } from '../model/Party.js'
import { compensate, paymentsFromNets } from './compensate.js'

const two = { members: [0, 1], cap: [Infinity, Infinity], floor: [0, 0], scale: [1, 1] }

describe('compensate (verevening)', () => {
  it('splits a gain equally between two parties that value money and their gains alike', () => {
    expect(Array.from(compensate({ ...two, gains: [4, 0], moneyValue: [1, 1] }))).toEqual([-2, 2])
  })

  it('stops the payer at its payment cap', () => {
    expect(Array.from(compensate({ ...two, gains: [4, 0], moneyValue: [1, 1], cap: [1, Infinity] }))).toEqual([-1, 1])
  })

  it('moves no money when nobody may pay', () => {
    expect(Array.from(compensate({ ...two, gains: [4, 0], moneyValue: [1, 1], cap: [0, 0] }))).toEqual([0, 0])
  })

  it('pays less to a party that values money more: both end 8/3 above their floors', () => {
    const nets = compensate({ ...two, gains: [4, 0], moneyValue: [1, 2] })
    expect(nets[0]).toBeCloseTo(-4 / 3, 12)
    expect(nets[1]).toBeCloseTo(4 / 3, 12)
    expect(4 + nets[0]!).toBeCloseTo(8 / 3, 12)
    expect(0 + 2 * nets[1]!).toBeCloseTo(8 / 3, 12)
  })

  it('equalises surplus above each floor, in each party’s own scale', () => {
    // Floors 1 and 0, scales 2 and 1: surplus/scale (4 + x − 1)/2 = (0 − x)/1 gives x = −1.
    const nets = compensate({
      members: [0, 1],
      gains: [4, 0],
      moneyValue: [1, 1],
      cap: [Infinity, Infinity],
      floor: [1, 0],
      scale: [2, 1],
    })
    expect(Array.from(nets)).toEqual([-1, 1])
  })

  it('leaves parties outside the members alone', () => {
    const nets = compensate({
      members: [0, 2],
      gains: [4, 9, 0],
      moneyValue: [1, 1, 1],
      cap: [Infinity, Infinity, Infinity],
      floor: [0, 0, 0],
      scale: [1, 1, 1],
    })
    expect(Array.from(nets)).toEqual([-2, 0, 2])
  })

  it('writes payments from payers to receivers that balance', () => {
    const ids = ['A', 'B', 'C'] as PartyId[]
    expect(paymentsFromNets([-3, 1, 2], ids)).toEqual([
      { from: 'A', to: 'B', amount: 1 },
      { from: 'A', to: 'C', amount: 2 },
    ])
    expect(paymentsFromNets([0, 0, 0], ids)).toEqual([])
  })
})
