/**
 * The JSON Schema of scenario files, generated from `scenarioFileSchema` so the two cannot
 * drift. Editors use it to complete and check files as they are typed; the decoder still
 * checks what a schema cannot (ids that exist, values for every option). A copy is checked
 * in as `packages/core/schema/scenario.schema.json` (`npm run schema` in packages/core
 * regenerates it; a test fails when it is stale).
 */
import * as z from 'zod/mini'
import { describedScenarioFileSchemas } from './describedScenarioFile.js'

/**
 * The JSON Schema (draft-07, the draft editors support best) for scenario files.
 *
 * @example
 * scenarioJsonSchema().required // => ['version', 'name', 'domains', 'issues', 'parties', 'statusQuo']
 *
 * @category scenarioFile
 */
export const scenarioJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(describedScenarioFileSchemas.scenarioFileSchema, { target: 'draft-7', io: 'input' }),
  title: 'mandjes scenario file, version 1',
})
