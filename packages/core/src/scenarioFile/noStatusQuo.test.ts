/**
 * Issues without a status quo in a scenario file: `statusQuo: { road: null }` says that every
 * deal must choose one of the road's options, and that a party that values the road falls
 * back to its reservationUtility when nobody agrees. Leaving the issue out is still a mistake
 * (`missingStatusQuo`): "no status quo" is said, never implied.
 */
import * as E from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { roadAndHousingFile, type LooseFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { decodeScenario } from './decodeScenario.js'
import { encodeScenario } from './encodeScenario.js'
import { formatPath } from './Problem.js'
import { parseScenarioText } from './parseScenarioText.js'
import { writeScenarioText } from './writeScenarioText.js'

/** The fixture with no status quo on the road, and the reservations its valuers then need. */
const openRoad = (): LooseFile => {
  const file = roadAndHousingFile()
  file.statusQuo.road = null
  file.parties[0].reservationUtility = 1
  file.parties[1].reservationUtility = 0
  return file
}

const problems = (file: LooseFile) => {
  const result = decodeScenario(file)
  if (E.isRight(result)) throw new Error('expected problems, the file was accepted')
  return result.left.map((p) => ({ code: p.code, path: formatPath(p.path), message: p.message }))
}

describe('an issue without a status quo in a scenario file', () => {
  it('is read as a status quo without that issue', () => {
    const result = decodeScenario(openRoad())
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left))
    expect(result.right.statusQuo.choices).toEqual({ housing: 'none', 'homes-a': '500' })
  })

  it('is written back as null, in JSON and in YAML, and reads back the same', () => {
    const scenario = decodeScenario(openRoad())
    if (E.isLeft(scenario)) throw new Error('fixture does not decode')
    expect(encodeScenario(scenario.right).statusQuo).toEqual({
      road: null,
      housing: 'none',
      'homes-a': '500',
    })
    for (const format of ['json', 'yaml'] as const) {
      const text = writeScenarioText(scenario.right, format)
      expect(parseScenarioText(text, { format })).toEqual(scenario)
    }
  })

  it('needs the reservation utility of every party that values it', () => {
    const file = openRoad()
    delete file.parties[1].reservationUtility
    expect(problems(file)).toEqual([
      {
        code: 'missingReservation',
        path: 'parties[1].reservationUtility',
        message:
          'the party "B" values the issue "road", which has no status quo; give its reservationUtility: the utility it gets when nobody agrees (0 in most negotiation games).',
      },
    ])
  })

  it('needs the reservation of a party whose interaction names it, even if the party does not value it', () => {
    const file = openRoad()
    file.statusQuo.road = 'none'
    file.statusQuo['homes-a'] = null
    delete file.parties[0].reservationUtility
    delete file.parties[0].valuations['homes-a']
    delete file.parties[0].mandate.allowedOptions
    file.parties[0].mandate.minDomainGain = {}
    expect(problems(file).map((p) => [p.code, p.path])).toEqual([
      ['missingReservation', 'parties[0].reservationUtility'],
    ])
  })

  it('cannot carry a domain floor in its domain: a gain within the domain would have no "before"', () => {
    const file = openRoad()
    file.statusQuo.road = 'none'
    file.statusQuo.housing = null
    file.parties[2].reservationUtility = 0
    expect(problems(file)).toEqual([
      {
        code: 'needsStatusQuo',
        path: 'parties[0].mandate.minDomainGain.housing',
        message:
          'the domain "housing" holds an issue without a status quo, so a gain within it has no "before"; remove this floor or give that issue a status quo.',
      },
    ])
  })
})
