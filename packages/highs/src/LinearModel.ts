/**
 * A mixed-integer linear model under construction: columns with bounds, rows as sparse linear
 * expressions between two bounds. Kept solver-neutral (plain arrays), and turned into HiGHS's
 * row-wise `ModelData` only at the end, so the formulation can be read and tested on its own.
 *
 * Laws: column indices are handed out in order from 0; a row never lists a column twice
 * (terms on the same column are summed); constants in an expression move to the row bounds.
 */

/** A linear expression `Σ coefficient × column + constant`. @category highs */
export interface LinearExpr {
  readonly terms: ReadonlyMap<number, number>
  readonly constant: number
}

/** Builds a `LinearExpr` term by term, summing repeated columns. */
export class ExprBuilder {
  private readonly terms = new Map<number, number>()
  private constant = 0

  add(column: number, coefficient: number): this {
    if (coefficient !== 0) this.terms.set(column, (this.terms.get(column) ?? 0) + coefficient)
    return this
  }

  addConstant(value: number): this {
    this.constant += value
    return this
  }

  /** Adds every term of another expression, times a factor. */
  addExpr(expr: LinearExpr, factor = 1): this {
    for (const [column, coefficient] of expr.terms) this.add(column, factor * coefficient)
    this.constant += factor * expr.constant
    return this
  }

  build(): LinearExpr {
    return { terms: new Map(this.terms), constant: this.constant }
  }
}

/** The expression `Σ columns` with coefficient 1 each. */
export const sumOf = (columns: Iterable<number>): LinearExpr => {
  const b = new ExprBuilder()
  for (const c of columns) b.add(c, 1)
  return b.build()
}

/** A mixed-integer linear model: columns, rows, nothing solver-specific. @category highs */
export class LinearModel {
  readonly colLower: number[] = []
  readonly colUpper: number[] = []
  readonly integer: boolean[] = []
  readonly rowLower: number[] = []
  readonly rowUpper: number[] = []
  /** Row-wise sparse matrix: row r spans `rowStarts[r] .. rowStarts[r + 1]`. */
  readonly rowStarts: number[] = [0]
  readonly indices: number[] = []
  readonly values: number[] = []

  get columnCount(): number {
    return this.colLower.length
  }

  get rowCount(): number {
    return this.rowLower.length
  }

  /** Adds a column and returns its index. */
  addColumn(lower: number, upper: number, integer: boolean): number {
    this.colLower.push(lower)
    this.colUpper.push(upper)
    this.integer.push(integer)
    return this.colLower.length - 1
  }

  /** Adds `lower ≤ expr ≤ upper` (either side may be infinite); the constant moves to the bounds. */
  addRow(expr: LinearExpr, lower: number, upper: number): void {
    for (const [column, coefficient] of [...expr.terms].sort((a, b) => a[0] - b[0])) {
      if (coefficient === 0) continue
      this.indices.push(column)
      this.values.push(coefficient)
    }
    this.rowStarts.push(this.indices.length)
    this.rowLower.push(lower - expr.constant)
    this.rowUpper.push(upper - expr.constant)
  }

  /** True once two fixings of one column disagreed: the model has no solution. */
  conflict = false

  /** Fixes a column to one value, on top of its bounds (a value outside them is a conflict). */
  fix(column: number, value: number): void {
    if (value < this.colLower[column]! || value > this.colUpper[column]!) this.conflict = true
    this.colLower[column] = value
    this.colUpper[column] = value
  }
}
