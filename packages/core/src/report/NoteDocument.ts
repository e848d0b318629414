/**
 * A report as structured text, between the data and the markup: sections of paragraphs,
 * lists and tables whose cells are runs of plain or bold text. The wording is final here;
 * `documentToMarkdown` and `documentToHtml` only add markup and escape every run, so user
 * text (party names, labels) can never inject markup.
 */
import type { Language } from './Language.js'

/** A run of text, plain or bold. @category report */
export type Inline = string | { readonly strong: string }

/** One block of a section. @category report */
export type Block =
  | { readonly _tag: 'Paragraph'; readonly text: readonly Inline[] }
  | { readonly _tag: 'List'; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly _tag: 'Table'
      readonly header: readonly string[]
      readonly rows: readonly (readonly (readonly Inline[])[])[]
      /** Columns holding numbers, aligned right. */
      readonly numeric?: readonly number[]
    }

/** A titled section. @category report */
export interface Section {
  readonly title: string
  readonly blocks: readonly Block[]
  /**
   * Part of the appendix (bijlage): the details behind the summary. Renderers put appendix
   * sections after the others; in print the appendix starts on a new page, so the summary a
   * council reads first ends where the appendix begins.
   */
  readonly appendix?: boolean
}

/**
 * A whole report, ready for markup.
 * @example
 * const doc: NoteDocument = { language: 'en', title: 'Note', sections: [] }
 * @category report
 */
export interface NoteDocument {
  readonly language: Language
  readonly title: string
  readonly subtitle?: string
  readonly sections: readonly Section[]
}

/** A paragraph block. @example paragraph('Hello ', { strong: 'world' }) @category report */
export const paragraph = (...text: Inline[]): Block => ({ _tag: 'Paragraph', text })

/** A bulleted list block. @example list([['one'], ['two']]) @category report */
export const list = (items: readonly (readonly Inline[])[]): Block => ({ _tag: 'List', items })

/** A table block; cells are runs of text. @example table(['party', 'gain'], [[['A'], ['+1']]], [1]) @category report */
export const table = (
  header: readonly string[],
  rows: readonly (readonly (readonly Inline[])[])[],
  numeric: readonly number[] = [],
): Block => ({ _tag: 'Table', header, rows, numeric })
