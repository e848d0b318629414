import fc from 'fast-check'
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from '@mandjes/testkit/arbitraries.js'
import { everything } from '@mandjes/testkit/scenarioFileArbitraries.js'
import { roadAndHousingFile } from '@mandjes/testkit/scenarioFileFixtures.js'
import { describedScenarioFileSchemas } from './describedScenarioFile.js'
import { encodeScenario } from './encodeScenario.js'
import * as plain from './ScenarioFile.js'
import { scenarioFileSchemas, type ScenarioFileDescriptionKey } from './ScenarioFile.js'
import { scenarioFileDescriptions } from './scenarioFileDescriptions.js'

// Valid files of every feature, and the same files with one field broken.
const files = scenarioArb(everything)
  .map((s) => JSON.parse(JSON.stringify(encodeScenario(s))) as Record<string, unknown>)
  .chain((file) =>
    fc.oneof(
      fc.constant(file),
      fc.anything().map((issues) => ({ ...file, issues })),
      fc.anything().map((parties) => ({ ...file, parties })),
    ),
  )

const names = Object.keys(describedScenarioFileSchemas) as (keyof typeof describedScenarioFileSchemas)[]

describe('the scenario file schemas with and without descriptions', () => {
  it('name every description once, and only descriptions that exist', () => {
    const named: ScenarioFileDescriptionKey[] = []
    scenarioFileSchemas((schema, key) => {
      named.push(key)
      return schema
    })
    expect(new Set(named).size).toBe(named.length)
    expect([...named].sort()).toEqual(Object.keys(scenarioFileDescriptions).sort())
  })

  it('parse every file alike, valid or broken, with the same issues at the same paths', () => {
    const check = (file: unknown): void => {
      for (const name of names) {
        const a = plain[name].safeParse(file)
        const b = describedScenarioFileSchemas[name].safeParse(file)
        expect(a.success).toBe(b.success)
        expect(a.error?.issues).toEqual(b.error?.issues)
        expect(a.data).toEqual(b.data)
      }
    }
    check(roadAndHousingFile)
    fc.assert(fc.property(files, check), { seed: 16, numRuns: 100 })
    fc.assert(fc.property(fc.anything(), check), { seed: 17, numRuns: 200 })
  })

  it('keep the text out of the decoder’s schemas and in the described ones', () => {
    expect(z.globalRegistry.get(plain.domainFileSchema.shape.id)).toBeUndefined()
    expect(z.globalRegistry.get(describedScenarioFileSchemas.domainFileSchema.shape.id)).toEqual({
      description: scenarioFileDescriptions['domain.id'],
    })
  })
})
