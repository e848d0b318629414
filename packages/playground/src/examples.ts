/**
 * The built-in examples: the scenario files of packages/examples, decoded at build time by
 * core's reader (see `virtual:examples` in vite.config.ts).
 */
import type { Scenario } from 'mandjes'
import decoded from 'virtual:examples'

/** The built-in examples by name (the folder names of packages/examples), in menu order. */
export const examples: Readonly<Record<string, Scenario>> = decoded

/** The names of the built-in examples. */
export const exampleNames: readonly string[] = Object.keys(examples)
