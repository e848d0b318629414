/**
 * The source document's own package deal, as a small fixture for the analysis: municipality A
 * grants B the road B wants, B drops its housing location for A's. Numbers are invented.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decodeScenario } from '../../core/src/scenarioFile/decodeScenario.js'

export const roadAndHousingFile = {
  version: 1,
  name: 'Road for housing',
  notes: ['All valuations are invented for illustration.'],
  domains: [{ id: 'mobility' }, { id: 'housing' }],
  issues: [
    { id: 'road', domain: 'mobility', options: ['none', 'via-b'] },
    { id: 'housing', domain: 'housing', options: ['none', 'west', 'east'] },
  ],
  parties: [
    {
      id: 'A',
      valuations: {
        road: { stake: 1, values: { none: 0, 'via-b': -1 } },
        housing: { stake: 1, values: { none: 0, west: 3, east: -1 } },
      },
    },
    {
      id: 'B',
      valuations: {
        road: { stake: 2, values: { none: 0, 'via-b': 2 } },
        housing: { stake: 1, values: { none: 0, west: -1, east: 1 } },
      },
    },
  ],
  statusQuo: { road: 'none', housing: 'none' },
}

/** Decodes a raw scenario that is known to be valid (fixtures only). */
export const decoded = (raw: unknown): Scenario => {
  const result = decodeScenario(raw)
  if (E.isLeft(result)) throw new Error(`fixture does not decode: ${JSON.stringify(result.left)}`)
  return result.right
}

export const roadAndHousing: Scenario = decoded(roadAndHousingFile)
