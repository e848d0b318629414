/**
 * The shape check, piece by piece and with a budget. zod checks a whole value at once and
 * collects every issue: a hostile file with a million wrongly typed values would cost
 * gigabytes of issues. So lists and mappings of many entries are checked one entry at a time,
 * each with zod, and checking stops once the budget of problems is spent. The issues are the
 * ones zod gives for the whole value, only with full paths and capped in number.
 */
import * as z from 'zod/mini'
import type { PlainMapping, PlainValue } from './copyPlainTree.js'
import type { ProblemPath } from './Problem.js'

type Def = Readonly<Record<string, unknown>> & { readonly type: string }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

const unwrap = (schema: z.ZodMiniType): { readonly inner: z.ZodMiniType; readonly optional: boolean } => {
  let inner = schema
  let optional = false
  while (defOf(inner).type === 'optional') {
    optional = true
    inner = defOf(inner).innerType as z.ZodMiniType
  }
  return { inner, optional }
}

const isContainer = (schema: z.ZodMiniType): boolean =>
  ['array', 'record', 'object'].includes(defOf(unwrap(schema).inner).type)
const isMapping = (value: PlainValue | undefined): value is PlainMapping =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

// An object's schema without its list and mapping fields, which are checked separately.
const shells = new WeakMap<z.ZodMiniType, z.ZodMiniType>()
const shellOf = (schema: z.ZodMiniType): z.ZodMiniType => {
  let shell = shells.get(schema)
  if (shell === undefined) {
    const shape = defOf(schema).shape as Record<string, z.ZodMiniType>
    shell = z.strictObject(Object.fromEntries(Object.entries(shape).filter(([, field]) => !isContainer(field))))
    shells.set(schema, shell)
  }
  return shell
}

/** A zod issue with its full path. */
export type ShapeIssue = z.core.$ZodIssue

/** The issues of a value against a schema, at most `budget.left` of them (then `budget.left` is 0). */
export const checkShape = (
  schema: z.ZodMiniType,
  value: PlainValue | undefined,
  path: ProblemPath,
  budget: { left: number },
): ShapeIssue[] => {
  if (budget.left <= 0) return []
  const { inner, optional } = unwrap(schema)
  const type = defOf(inner).type
  const direct = (): ShapeIssue[] => {
    const result = schema.safeParse(value)
    if (result.success) return []
    const issues = result.error.issues
      .slice(0, budget.left)
      .map((issue) => ({ ...issue, path: [...path, ...issue.path] }) as ShapeIssue)
    budget.left -= issues.length
    return issues
  }
  if (value === undefined && optional) return []
  // A list or mapping of plain values (numbers, ids) is checked at once: zod is fast when all is
  // well, and one such list yields at most `maxItems` issues. Lists of mappings go entry by entry.
  if (type === 'array' && Array.isArray(value)) {
    const element = defOf(inner).element as z.ZodMiniType
    if (!isContainer(element)) return direct()
    return (value as readonly PlainValue[]).flatMap((item, i) => checkShape(element, item, [...path, i], budget))
  }
  if (type === 'record' && isMapping(value)) {
    const entry = defOf(inner).valueType as z.ZodMiniType
    if (!isContainer(entry)) return direct()
    return Object.keys(value).flatMap((key) => checkShape(entry, value[key], [...path, key], budget))
  }
  if (type === 'object' && isMapping(value)) {
    const shape = defOf(inner).shape as Record<string, z.ZodMiniType>
    const containers = Object.keys(shape).filter((key) => isContainer(shape[key]!))
    const rest: Record<string, PlainValue> = {}
    for (const key of Object.keys(value)) if (!containers.includes(key)) rest[key] = value[key]!
    const result = shellOf(inner).safeParse(rest)
    const own = result.success
      ? []
      : result.error.issues
          .slice(0, budget.left)
          .map((issue) => ({ ...issue, path: [...path, ...issue.path] }) as ShapeIssue)
    budget.left -= own.length
    return [...own, ...containers.flatMap((key) => checkShape(shape[key]!, value[key], [...path, key], budget))]
  }
  return direct()
}
