import { describe, expect, it } from 'vitest'
import checkedIn from '../../schema/scenario.schema.json' with { type: 'json' }
import { scenarioJsonSchema } from './scenarioJsonSchema.js'

describe('the JSON Schema for editors', () => {
  it('is checked in exactly as generated (run `npm run schema` in packages/core after changing ScenarioFile.ts)', () => {
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())))
  })

  it('requires the fields every file needs and refuses unknown ones', () => {
    const schema = scenarioJsonSchema() as {
      required: string[]
      additionalProperties: boolean
      properties: Record<string, unknown>
    }
    expect(schema.required).toEqual(['version', 'name', 'domains', 'issues', 'parties', 'statusQuo'])
    expect(schema.additionalProperties).toBe(false)
    expect(Object.keys(schema.properties)).toContain('$schema')
  })

  it('uses draft-07, the draft editors support best', () => {
    expect(scenarioJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#')
  })
})
