/**
 * Partial reading of elements that failed the shape check, so that one misspelt field in a
 * party does not hide the unknown issue in its valuations. Salvage keeps every part of an
 * element that is itself free of problems and drops the rest; the decoder then checks the
 * kept parts for meaning. Nothing salvaged ever reaches a `Scenario`: the file already has a
 * problem, so decoding ends in problems either way.
 */
import type * as z from 'zod/mini'
import type { PlainMapping, PlainValue } from './copyPlainTree.js'
import type { Problem, ProblemPath } from './Problem.js'

const keyOf = (path: ProblemPath): string =>
  path.map((step) => (typeof step === 'number' ? `#${step}` : `.${step}`)).join('\u0000')

/** Where problems sit, for asking "is anything wrong at or below this path?" quickly. */
export class ProblemPlaces {
  private readonly at = new Set<string>()
  private readonly within = new Set<string>()

  constructor(problems: readonly Problem[]) {
    for (const { path } of problems) {
      this.at.add(keyOf(path))
      for (let n = 0; n <= path.length; n++) this.within.add(keyOf(path.slice(0, n)))
    }
  }

  /** Whether a problem sits exactly at this path. */
  isAt(path: ProblemPath): boolean {
    return this.at.has(keyOf(path))
  }

  /** Whether a problem sits at this path or anywhere below it. */
  isWithin(path: ProblemPath): boolean {
    return this.within.has(keyOf(path))
  }
}

type Def = Readonly<Record<string, unknown>> & { readonly type: string }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

const unwrap = (schema: unknown): unknown => {
  let def = defOf(schema)
  while (def.type === 'optional' || def.type === 'default') {
    schema = def.innerType
    def = defOf(schema)
  }
  return schema
}

const isMapping = (value: PlainValue | undefined): value is PlainMapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * The problem-free part of a value, or undefined when nothing usable is left. Mappings keep
 * their sound fields and entries; a list with any problem in it is dropped whole, because
 * dropping single entries would shift the positions that problems refer to; so is a part
 * whose schema is in `whole`, because without one of its fields it would mean something else.
 */
export const salvage = (
  value: PlainValue | undefined,
  schema: unknown,
  path: ProblemPath,
  places: ProblemPlaces,
  whole: ReadonlySet<unknown>,
): PlainValue | undefined => {
  if (value === undefined || !places.isWithin(path)) return value
  const inner = unwrap(schema)
  if (places.isAt(path) || !isMapping(value) || whole.has(inner)) return undefined
  const def = defOf(inner)
  const out: Record<string, PlainValue> = Object.create(null)
  for (const key of Object.keys(value)) {
    // Own keys only: a field named `toString` must not find Object.prototype.toString.
    const shape = def.shape as Record<string, unknown>
    const field =
      def.type === 'object'
        ? Object.hasOwn(shape, key)
          ? shape[key]
          : undefined
        : def.type === 'record'
          ? def.valueType
          : undefined
    if (field === undefined) continue
    const kept = salvage(value[key], field, [...path, key], places, whole)
    // A part that lost a required field no longer fits its schema: drop it whole.
    const fits =
      kept !== undefined && (!places.isWithin([...path, key]) || (field as z.ZodMiniType).safeParse(kept).success)
    if (fits) out[key] = kept
  }
  return out
}

/** Salvages one element and reads it with its schema; undefined when what is left does not fit. */
export const salvageElement = <T>(
  value: PlainValue | undefined,
  schema: z.ZodMiniType<T>,
  path: ProblemPath,
  places: ProblemPlaces,
  whole: ReadonlySet<unknown>,
): T | undefined => {
  const kept = salvage(value, schema, path, places, whole)
  return kept === undefined ? undefined : schema.safeParse(kept).data
}
