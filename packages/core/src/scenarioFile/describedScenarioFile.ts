/**
 * The scenario file's schemas with their descriptions (scenarioFileDescriptions.ts): what the
 * JSON Schema for editors is generated from, and what `mandjes/engine` exports. They parse
 * exactly as the decoder's schemas (ScenarioFile.ts), built from the same definition.
 */
import * as z from 'zod/mini'
import { scenarioFileSchemas } from './ScenarioFile.js'
import { scenarioFileDescriptions } from './scenarioFileDescriptions.js'

/**
 * Every schema of a scenario file, each field with its description.
 * @example
 * describedScenarioFileSchemas.domainFileSchema.safeParse({ id: 'housing' }).success // => true
 * scenarioJsonSchema().description // => 'A mandjes scenario: a regional negotiation between parties over issues in policy domains.'
 * @category scenarioFile
 */
export const describedScenarioFileSchemas = /* @__PURE__ */ scenarioFileSchemas(
  (schema, key) => schema.check(z.describe(scenarioFileDescriptions[key])) as typeof schema,
)
