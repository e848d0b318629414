/** Counted nouns in English terminal text: "1 meeting", "2 meetings". */

/**
 * The count with its noun, singular for exactly one.
 * @example
 * counted(1, 'proposal') // => '1 proposal'
 * counted(3, 'council', 'councils') // => '3 councils'
 * @category cli
 */
export const counted = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`
