/**
 * What the decoder knows while it reads a file: the problems so far and every id it has seen.
 * References are checked against these registries, so a misspelt id is reported once, at the
 * place it is used, with the closest existing id as a suggestion.
 *
 * An element that failed the shape check is still registered by its id (when it has one) but
 * marked unreadable: references to it are not reported again, and references into it (its
 * options) are not checked, so one mistake does not cascade into many.
 */
import type { IssueId, IssueOption, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { OptionRef } from '../model/Valuation.js'
import { didYouMean } from './didYouMean.js'
import { reservedKeys, scenarioFileLimits as limits } from './limits.js'
import { quote, type Problem, type ProblemCode, type ProblemPath } from './Problem.js'

/** An issue as far as the decoder could read it; `options` is undefined when unreadable. */
export interface KnownIssue {
  readonly id: IssueId
  readonly quantities: boolean
  /** A module issue: its values come from its module section, not from the parties. */
  readonly module?: boolean
  options?: readonly IssueOption[]
  /** The same option ids as a set, for constant-time reference checks on large issues. */
  optionIds?: ReadonlySet<string>
}

/** A registry of ids of one kind; `undefined` entries are ids of unreadable elements. */
export interface Registry<T> {
  /** False when the whole list could not be read: then no reference to it is checked. */
  readable: boolean
  readonly byId: Map<string, T>
}

/** The decoder's working state. */
export class DecodeContext {
  readonly problems: Problem[] = []
  /** Problems past `maxProblems`, counted but not kept (a hostile file can have millions). */
  dropped = 0
  readonly domains: Registry<DomainId> = { readable: true, byId: new Map() }
  readonly issues: Registry<KnownIssue> = { readable: true, byId: new Map() }
  readonly parties: Registry<PartyId> = { readable: true, byId: new Map() }
  // A suggestion compares a word with every candidate id; a budget of comparisons keeps a file
  // full of broken references to large lists from taking quadratic time.
  private comparisonsLeft = 200_000

  /** The closest candidate to a misspelt word, within the budget of comparisons. */
  suggest(word: string, candidates: () => Iterable<string>, count: number): string | undefined {
    if (count > this.comparisonsLeft) return undefined
    this.comparisonsLeft -= count
    return didYouMean(word, candidates())
  }

  add(problem: Problem): void {
    if (this.problems.length < limits.maxProblems) this.problems.push(problem)
    else this.dropped++
  }

  report(code: ProblemCode, path: ProblemPath, message: string, suggestion?: string): void {
    this.add(suggestion === undefined ? { code, path, message } : { code, path, message, suggestion })
  }

  /** Whether anything went wrong so far, counting problems past the cap. */
  get failed(): boolean {
    return this.problems.length > 0
  }

  /** Every problem kept, and one more saying that there were more. */
  result(): Problem[] {
    if (this.dropped === 0) return this.problems
    return [
      ...this.problems,
      {
        code: 'tooMany',
        path: [],
        message: `more problems were found than the ${limits.maxProblems} listed; fix these and read the file again.`,
      },
    ]
  }

  /** Registers an element's id; reports reserved and duplicate ids. Returns whether it is new. */
  register<T>(registry: Registry<T>, what: string, id: string, value: T, path: ProblemPath): boolean {
    if (reservedKeys.has(id)) {
      this.report('reservedId', path, `${quote(id)} cannot be used as an id; rename the ${what}.`)
      return false
    }
    if (registry.byId.has(id)) {
      this.report(
        'duplicateId',
        path,
        `another ${what} already has the id ${quote(id)}; ids must be unique, so rename one.`,
      )
      return false
    }
    registry.byId.set(id, value)
    return true
  }

  /** Looks up a reference; reports an unknown id (with a suggestion) and returns undefined. */
  resolve<T>(
    registry: Registry<T>,
    code: ProblemCode,
    what: string,
    list: string,
    ref: string,
    path: ProblemPath,
  ): T | undefined | 'unchecked' {
    if (!registry.readable) return 'unchecked'
    if (registry.byId.has(ref)) return registry.byId.get(ref) ?? 'unchecked'
    this.report(
      code,
      path,
      `unknown ${what} ${quote(ref)}; use the id of one of the ${list}.`,
      this.suggest(ref, () => registry.byId.keys(), registry.byId.size),
    )
    return undefined
  }

  /** Looks up an issue reference; `undefined` when unknown (reported) or unreadable. */
  issue(ref: string, path: ProblemPath): KnownIssue | undefined {
    const found = this.resolve(this.issues, 'unknownIssue', 'issue', 'issues listed under issues', ref, path)
    return found === 'unchecked' ? undefined : found
  }

  /** Checks an option reference of a known issue; returns the option id when it exists. */
  option(
    issue: KnownIssue,
    ref: string | number,
    path: ProblemPath,
    code: ProblemCode = 'unknownOption',
  ): OptionId | undefined {
    const id = String(ref)
    if (issue.options === undefined || issue.optionIds === undefined) return undefined
    if (issue.optionIds.has(id)) return id as OptionId
    // Only the first few options go into the message, so that many wrong references to an issue
    // with thousands of options stay cheap.
    const options = issue.options
    const shown = options.slice(0, 8).map((o) => o.id)
    this.report(
      code,
      path,
      `${quote(issue.id)} has no option ${quote(id)}; its options are ${listOf(shown, options.length)}.`,
      this.suggest(id, () => options.map((o) => o.id), options.length),
    )
    return undefined
  }

  /** Checks a reference to one option of one issue; undefined when it does not resolve. */
  optionRef(
    ref: { readonly issue: string; readonly option: string | number },
    path: ProblemPath,
  ): OptionRef | undefined {
    const issue = this.issue(ref.issue, [...path, 'issue'])
    if (issue === undefined) return undefined
    const option = this.option(issue, ref.option, [...path, 'option'])
    return option === undefined ? undefined : { issue: issue.id, option }
  }
}

/** Ids quoted for a message, then how many more of `total` there are. */
export const listOf = (ids: readonly string[], total = ids.length): string => {
  const shown = ids.map((id) => quote(id, 30)).join(', ')
  return total > ids.length ? `${shown} and ${total - ids.length} more` : shown
}
