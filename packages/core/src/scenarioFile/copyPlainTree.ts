/**
 * The first step of decoding: copy whatever came in (parsed JSON, parsed YAML, or any value a
 * caller hands over) into a plain tree of null, booleans, numbers, texts, lists and mappings,
 * within the limits. Mappings in the copy have no prototype, so no key can reach
 * `Object.prototype`, and the reserved keys are dropped. Whatever cannot be copied becomes a
 * problem; the copy never throws (getters that throw, proxies, cycles and huge graphs included).
 */
import { quote, type Problem, type ProblemPath } from './Problem.js'
import { reservedKeys, scenarioFileLimits as limits } from './limits.js'

/** A value as JSON and YAML can write it. */
export type PlainValue = null | boolean | number | string | readonly PlainValue[] | PlainMapping

/** A mapping with no prototype: only its own keys exist. */
export interface PlainMapping {
  readonly [key: string]: PlainValue
}

/** The copy and the problems met while making it (at most `maxProblems`; `dropped` counts the rest). */
export interface PlainTree {
  readonly value: PlainValue
  readonly problems: readonly Problem[]
  readonly dropped: number
}

/** Copies any value into a plain tree; see the module comment. */
export const copyPlainTree = (raw: unknown): PlainTree => {
  const problems: Problem[] = []
  let values = 0
  let reading: ProblemPath = []
  // The containers on the way down: meeting one again means the value contains itself.
  const ancestors = new Set<object>()
  let dropped = 0
  const add = (code: Problem['code'], path: ProblemPath, message: string): null => {
    if (problems.length < limits.maxProblems) problems.push({ code, path, message })
    else dropped++
    return null
  }

  const copy = (input: unknown, path: ProblemPath, depth: number): PlainValue => {
    reading = path
    if (++values > limits.maxValues) {
      return values === limits.maxValues + 1
        ? add('tooMany', path, `the file holds more than ${limits.maxValues} values; split it or remove data.`)
        : null
    }
    if (input === null || typeof input === 'boolean' || input === undefined) return input ?? null
    if (typeof input === 'number') {
      if (!Number.isFinite(input))
        add('notFinite', path, `${String(input)} is not a usable number; write a finite number.`)
      else if (Math.abs(input) > limits.maxMagnitude)
        add('numberTooLarge', path, `${input} is larger than ${limits.maxMagnitude} in size; use a smaller unit.`)
      return input
    }
    if (typeof input === 'string') {
      if (input.length > limits.maxStringLength)
        add(
          'tooLong',
          path,
          `this text has ${input.length} characters, more than the limit of ${limits.maxStringLength}; shorten it.`,
        )
      return input
    }
    if (typeof input !== 'object')
      return add(
        'wrongType',
        path,
        `found a ${typeof input}, which a scenario file cannot hold; write a number, text, list or mapping.`,
      )
    if (ancestors.has(input))
      return add(
        'unreadableValue',
        path,
        'this value contains itself (a cycle), which no file can hold; pass plain data.',
      )
    if (depth >= limits.maxDepth)
      return add(
        'tooDeep',
        path,
        `lists and mappings are nested more than ${limits.maxDepth} deep here; a scenario needs far less, so the structure is wrong.`,
      )
    ancestors.add(input)
    try {
      return copyContainer(input, path, depth)
    } finally {
      ancestors.delete(input)
    }
  }

  const copyContainer = (input: object, path: ProblemPath, depth: number): PlainValue => {
    if (Array.isArray(input)) {
      if (input.length > limits.maxItems)
        return add('tooMany', path, `this list has ${input.length} entries, more than the limit of ${limits.maxItems}.`)
      const out: PlainValue[] = []
      for (let i = 0; i < input.length; i++) out.push(copy(input[i], [...path, i], depth + 1))
      return out
    }
    if (input instanceof Map) {
      if (input.size > limits.maxItems)
        return add('tooMany', path, `this mapping has ${input.size} keys, more than the limit of ${limits.maxItems}.`)
      const out: Record<string, PlainValue> = Object.create(null)
      for (const [rawKey, value] of input) {
        // YAML reads `250: 1` with a number key; in a scenario every key is an id or a field name.
        const key =
          typeof rawKey === 'string'
            ? rawKey
            : typeof rawKey === 'number' || typeof rawKey === 'boolean'
              ? String(rawKey)
              : undefined
        if (key === undefined) {
          add('wrongType', path, 'a key here is a list, mapping or null; keys must be texts or numbers.')
          continue
        }
        if (Object.prototype.hasOwnProperty.call(out, key)) {
          add('duplicateKey', [...path, key], `the key ${quote(key)} appears twice in this mapping; keep one.`)
          continue
        }
        setKey(out, key, value, path, depth)
      }
      return out
    }
    const prototype: unknown = Object.getPrototypeOf(input)
    if (prototype !== Object.prototype && prototype !== null) {
      return add(
        'wrongType',
        path,
        'found an object of a special kind (a date, a class instance, binary data); write plain data.',
      )
    }
    const keys = Object.keys(input)
    if (keys.length > limits.maxItems)
      return add('tooMany', path, `this mapping has ${keys.length} keys, more than the limit of ${limits.maxItems}.`)
    const out: Record<string, PlainValue> = Object.create(null)
    for (const key of keys) {
      reading = [...path, key]
      setKey(out, key, (input as Record<string, unknown>)[key], path, depth)
    }
    return out
  }

  const setKey = (
    out: Record<string, PlainValue>,
    key: string,
    value: unknown,
    path: ProblemPath,
    depth: number,
  ): void => {
    if (reservedKeys.has(key)) {
      add('reservedKey', [...path, key], `${quote(key)} cannot be used as a key or id; rename it.`)
      return
    }
    if (key.length > limits.maxStringLength) {
      add('tooLong', path, `a key here has ${key.length} characters, more than the limit of ${limits.maxStringLength}.`)
      return
    }
    // Undefined is "not there", as JSON.stringify treats it.
    if (value !== undefined) out[key] = copy(value, [...path, key], depth + 1)
  }

  try {
    return { value: copy(raw, [], 0), problems, dropped }
  } catch (error) {
    // Only a hostile value gets here: a getter or proxy trap that throws while being read.
    problems.push({
      code: 'unreadableValue',
      path: reading,
      message: `the value could not be read (${describeError(error)}); pass plain data.`,
    })
    return { value: null, problems, dropped }
  }
}

const describeError = (error: unknown): string => {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : 'unknown error'
  } catch {
    return 'unknown error'
  }
}
