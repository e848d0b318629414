/**
 * Reads the input files of the `decide` exchange-model program, so studies made with it rerun
 * here. One row per line, fields separated by tabs (or, in a line without a tab, by
 * semicolons), each field optionally quoted with ' or " (a quoted field may hold the
 * separator; a doubled quote inside stands for one). Rows by their first field:
 *
 *     #A  actor id, name, comment
 *     #P  issue id, name, comment
 *     #M  issue id, position, meaning      (an issue's bounds are its smallest and largest #M; none: 0 to 100)
 *     #D  actor id, issue id, position, salience, power, comment
 *     #/  a comment;  #O  an issue description (ignored)
 *
 * Salience and power must lie in [0, 100] (as decide checks), positions within the issue's
 * bounds. Every problem is reported at once, with its line.
 */
import * as E from 'fp-ts/lib/Either.js'
import type { ActorPosition, ExchangeActor, ExchangeModel, PositionIssue } from './ExchangeModel.js'

/**
 * A problem in a decide file: the 1-based `line`, and what is wrong and what to do.
 * @category exchange
 */
export interface DecideFileProblem {
  readonly line: number
  readonly message: string
}

/**
 * Splits one line into fields (see the module header).
 * @example
 * splitDecideLine("'#A';'PvdA';'Partij van de Arbeid'") // => ['#A', 'PvdA', 'Partij van de Arbeid']
 * @category exchange
 */
export const splitDecideLine = (line: string): string[] => {
  const sep = line.includes('\t') ? '\t' : ';'
  const fields: string[] = []
  let k = 0
  while (k <= line.length) {
    while (line[k] === ' ') k++
    const quote = line[k] === "'" || line[k] === '"' ? line[k]! : undefined
    let field = ''
    if (quote !== undefined) {
      k++
      while (k < line.length) {
        if (line[k] === quote) {
          if (line[k + 1] === quote) {
            field += quote
            k += 2
          } else {
            k++
            break
          }
        } else field += line[k++]
      }
      while (k < line.length && line[k] !== sep) k++
    } else {
      const end = line.indexOf(sep, k)
      field = (end < 0 ? line.slice(k) : line.slice(k, end)).trim()
      k = end < 0 ? line.length : end
    }
    fields.push(field)
    if (k >= line.length) break
    k++ // the separator
    if (k === line.length) fields.push('')
  }
  return fields
}

/**
 * Reads a decide input file's text into an exchange model, or every problem in it.
 * @example
 * readDecideFile("#A;a\n#A;b\n#P;tax\n#D;a;tax;10;0.5;1\n#D;b;tax;90;0.5;1")._tag // => 'Right'
 * @category exchange
 */
export const readDecideFile = (text: string): E.Either<readonly DecideFileProblem[], ExchangeModel> => {
  const problems: DecideFileProblem[] = []
  const actors: ExchangeActor[] = []
  const issues: { id: string; name: string }[] = []
  const marks = new Map<string, number[]>()
  const rows: { line: number; fields: string[] }[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, k) => {
    const line = k + 1
    if (raw.trim() === '') return
    const fields = splitDecideLine(raw)
    const tag = fields[0]!.toUpperCase()
    const need = (count: number, shape: string) => {
      if (fields.length - 1 >= count && fields.slice(1, count + 1).every((f) => f !== '')) return true
      problems.push({ line, message: `a ${tag} row needs ${shape}; found ${fields.length - 1} field(s)` })
      return false
    }
    const number = (s: string, what: string): number | undefined => {
      const v = Number(s.replace(',', '.'))
      if (s.trim() !== '' && Number.isFinite(v)) return v
      problems.push({ line, message: `${what} must be a number, found "${s}"` })
      return undefined
    }
    if (tag === '#/' || tag === '#O') return
    if (tag === '#A') {
      if (!need(1, 'an actor id')) return
      if (actors.some((a) => a.id === fields[1]))
        return void problems.push({ line, message: `actor ${fields[1]} is defined twice; keep one #A row` })
      actors.push({ id: fields[1]!, name: fields[2] || fields[1]! })
    } else if (tag === '#P') {
      if (!need(1, 'an issue id')) return
      if (issues.some((i) => i.id === fields[1]))
        return void problems.push({ line, message: `issue ${fields[1]} is defined twice; keep one #P row` })
      issues.push({ id: fields[1]!, name: fields[2] || fields[1]! })
    } else if (tag === '#M') {
      if (!need(2, 'an issue id and a position')) return
      const v = number(fields[2]!, `the position of #M ${fields[1]}`)
      if (v !== undefined) marks.set(fields[1]!, [...(marks.get(fields[1]!) ?? []), v])
    } else if (tag === '#D') {
      if (need(5, 'actor, issue, position, salience and power')) rows.push({ line, fields })
    } else {
      problems.push({ line, message: `unknown row type "${fields[0]}"; rows start with #A, #P, #M, #D, #O or #/` })
    }
  })
  const positioned: PositionIssue[] = issues.map((i) => {
    const m = marks.get(i.id) ?? [0, 100]
    return { id: i.id, name: i.name, lower: Math.min(...m), upper: Math.max(...m) }
  })
  for (const [id] of marks)
    if (!issues.some((i) => i.id === id))
      problems.push({ line: 0, message: `#M rows name issue ${id}, which has no #P row; add one` })
  for (const issue of positioned)
    if (issue.lower === issue.upper)
      problems.push({
        line: 0,
        message: `issue ${issue.id} has equal bounds (${issue.lower}); give it two #M rows with different positions`,
      })
  const positions: ActorPosition[] = []
  const seen = new Set<string>()
  for (const { line, fields } of rows) {
    const [, actor, issue, x, s, c] = fields as [string, string, string, string, string, string]
    const found = positioned.find((i) => i.id === issue)
    if (!actors.some((a) => a.id === actor))
      problems.push({ line, message: `actor ${actor} has no #A row; add one or fix the id` })
    if (found === undefined) problems.push({ line, message: `issue ${issue} has no #P row; add one or fix the id` })
    if (seen.has(`${actor}\u0000${issue}`))
      problems.push({ line, message: `actor ${actor} has a second #D row on issue ${issue}; keep one` })
    seen.add(`${actor}\u0000${issue}`)
    const vals = [x, s, c].map((f, k) => {
      const v = Number(f.replace(',', '.'))
      if (f.trim() === '' || !Number.isFinite(v))
        problems.push({ line, message: `${['position', 'salience', 'power'][k]} must be a number, found "${f}"` })
      return v
    }) as [number, number, number]
    if (vals[1] < 0 || vals[1] > 100) problems.push({ line, message: `salience ${vals[1]} is outside [0, 100]` })
    if (vals[2] < 0 || vals[2] > 100) problems.push({ line, message: `power ${vals[2]} is outside [0, 100]` })
    if (found !== undefined && (vals[0] < found.lower || vals[0] > found.upper))
      problems.push({
        line,
        message: `position ${vals[0]} is outside issue ${issue}'s bounds [${found.lower}, ${found.upper}]; widen them with a #M row or fix the position`,
      })
    positions.push({ actor, issue, position: vals[0], salience: vals[1], power: vals[2] })
  }
  if (problems.length === 0 && (actors.length === 0 || issues.length === 0))
    problems.push({ line: 0, message: 'the file has no #A or no #P rows: is it a decide input file?' })
  return problems.length > 0 ? E.left(problems) : E.right({ actors, issues: positioned, positions })
}
