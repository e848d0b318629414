/**
 * Suggestions for misspelt ids and keys. The distance is the optimal-string-alignment form of
 * Damerau-Levenshtein (insertions, deletions, substitutions and swaps of neighbours), computed
 * case-insensitively so that `redlines` finds `redLines`.
 */

/** Edit distance with adjacent swaps, stopping early once it must exceed `limit`. */
export const editDistance = (a: string, b: string, limit = Infinity): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, beforePrevious[j - 2]! + 1)
      current.push(d)
      rowMinimum = Math.min(rowMinimum, d)
    }
    if (rowMinimum > limit) return limit + 1
    beforePrevious = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidate closest to a misspelt word, if one is close enough to be a likely typo: at most
 * two edits, and fewer edits than half the longer word (so "B" is not offered for "C").
 * Ties go to the first candidate, so the suggestion follows the file's order.
 */
export const didYouMean = (word: string, candidates: Iterable<string>): string | undefined => {
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    if (candidate === word) continue
    const d = editDistance(lower, candidate.toLowerCase(), 2)
    const closeEnough = d === 0 || (d <= 2 && d < Math.max(word.length, candidate.length) / 2)
    if (closeEnough && d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
