/**
 * The source document's own package deal, the one road-and-housing fixture of every package's
 * tests: municipality A grants B the road B wants, B drops its housing location for A's.
 * Numbers are invented. One set of ids everywhere (issues `road` and `housing`, options
 * `none` / `via-b` and `none` / `west` / `east`, parties `A` and `B`); the variants below are
 * derived from the file form and say why a test needs them.
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

type PartyFile = (typeof roadAndHousingFile.parties)[number]
/** A party in file form with any options (the variants drop or add some). */
interface LoosePartyFile {
  readonly id: string
  readonly kind?: string
  readonly valuations: Record<string, { stake: number; values: Record<string, number> }>
}

/**
 * The two-option form: each issue has only the status quo (`none`) and the mandje's choice
 * (`via-b`, `west`), A gains 2 from housing and B 3 from the road (stake 1), so the mandje
 * gives A 1, B 2 and the sum 3, and a third party `C` (a province with no valuations, no say)
 * watches. The checks and the search engines need it: every deal of one change fails, the
 * mandje is the only valid deal, and the outsider C can carry a red line that must not bind.
 */
export const roadAndHousingPairFile = {
  ...roadAndHousingFile,
  name: 'Road for housing, two options per issue',
  issues: roadAndHousingFile.issues.map((i) => (i.id === 'housing' ? { ...i, options: ['none', 'west'] } : i)),
  parties: [
    ...roadAndHousingFile.parties.map((p: PartyFile): LoosePartyFile =>
      p.id === 'A'
        ? { ...p, valuations: { ...p.valuations, housing: { stake: 1, values: { none: 0, west: 2 } } } }
        : {
            ...p,
            valuations: {
              road: { stake: 1, values: { none: 0, 'via-b': 3 } },
              housing: { stake: 1, values: { none: 0, west: -1 } },
            },
          },
    ),
    { id: 'C', kind: 'province', valuations: {} },
  ],
}

export const roadAndHousingPair: Scenario = decoded(roadAndHousingPairFile)
