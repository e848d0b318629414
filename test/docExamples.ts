/**
 * Reads the `@example` blocks of packages/core's doc comments and turns each `// =>` claim
 * into a check that can fail: the example runs with its own module's exports, the public API,
 * the engine entry and a few named fixtures in scope, and the value before `// =>` must match
 * the value after it. Used by docExamples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { transformSync } from 'esbuild'

/** One example block: where it is and its code, line by line. */
export interface ExampleBlock {
  readonly file: string
  readonly line: number
  readonly lines: readonly string[]
}

/** One claim: the code that computes the value, and the value's source text. */
export interface Claim {
  readonly subject: string
  readonly expected: string
  /** The line of the claim inside its file. */
  readonly line: number
}

const sourcesOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourcesOf(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.includes('.test.')
        ? [join(dir, e.name)]
        : [],
  )

/** Every `@example` block under `root`, in file order. */
export const exampleBlocks = (root: string): ExampleBlock[] =>
  sourcesOf(root).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    const blocks: ExampleBlock[] = []
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const body = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''))
      const at = body.findIndex((l) => l.startsWith('@example'))
      if (at < 0) continue
      const lines: string[] = []
      for (const l of body.slice(at + 1)) {
        if (l.startsWith('@')) break
        lines.push(l)
      }
      const line = text.slice(0, m.index).split('\n').length + at + 1
      blocks.push({ file: relative(root, file), line, lines })
    }
    return blocks
  })

/**
 * The block as a program: every `x // => y` becomes `__claim(n, () => (x))`, and a `// => y`
 * on its own line claims the statement before it. Returns the program and the claims.
 */
export const programOf = (block: ExampleBlock): { program: string; claims: Claim[] } => {
  const out: string[] = []
  const claims: Claim[] = []
  let statement: string[] = []
  const claim = (subject: string, expected: string, offset: number) => {
    claims.push({ subject, expected: expected.trim(), line: block.line + offset })
    out.push(`__claim(${claims.length - 1}, () => (${subject}))`)
  }
  block.lines.forEach((raw, k) => {
    const m = /^(.*?)\s*\/\/ =>(.*)$/.exec(raw)
    if (m === null) {
      // A line that starts a new statement ends the one before.
      if (
        statement.length > 0 &&
        !/^[\s.)\]}?:]/.test(raw) &&
        !/[,([{=+\-*/&|?:]$/.test(statement[statement.length - 1]!.trimEnd())
      ) {
        out.push(...statement)
        statement = []
      }
      if (raw.trim() !== '') statement.push(raw)
      return
    }
    const [, code, expected] = m
    if (code!.trim() === '') {
      // The claim is about the statement gathered so far.
      claim(statement.join('\n').replace(/;\s*$/, ''), expected!, k)
    } else {
      out.push(...statement)
      claim([code!.replace(/;\s*$/, '')].join('\n'), expected!, k)
    }
    statement = []
  })
  out.push(...statement)
  return { program: out.join('\n'), claims }
}

/** TypeScript to JavaScript, or the error message. */
export const toJavaScript = (code: string): string => transformSync(code, { loader: 'ts', format: 'esm' }).code

/** The expected value's source as a JavaScript expression, or undefined when it is prose. */
export const expectedExpression = (text: string): string | undefined => {
  const printed = text.replace(/\b((?:Float64|Float32|Int32|Uint8|Uint32|Int8)Array) \[([^\]]*)\]/g, '$1.of($2)')
  // The value, then any prose after it ("true: 0.1 ≤ 0.3 × 1.5"): try each cut at ': ', ' — ', ' ('.
  const cuts = [...printed.matchAll(/: | — | \(/g)].map((m) => printed.slice(0, m.index))
  const candidates = [printed, ...cuts]
  for (const c of candidates) {
    if (c.trim() === '' || /\.\.\./.test(c)) continue
    try {
      toJavaScript(`(${c})`)
      return c
    } catch {
      // not an expression: try the next reading
    }
  }
  return undefined
}
