/**
 * The three `Option` constructors the search results need, as plain values of fp-ts's `Option`
 * type (`{ _tag: 'None' }`, `{ _tag: 'Some', value }`), so fp-ts's functions read them as their
 * own.
 *
 * Why not `fp-ts/lib/Option.js`: its module body builds type-class instances at load time
 * (`as = dual(2, as(Functor))` and more, without pure annotations), so a bundler keeps them and
 * what they use (`flow`, `pipe`, `dual`, Functor, Chain, FromEither) in every bundle that
 * touches the module: 2.5 kB minified in `findDeal`'s bundle, for three constructors.
 */
import type { Option } from 'fp-ts/lib/Option.js'

/** No value. Equal (by shape) to fp-ts's `O.none`. */
export const none: Option<never> = { _tag: 'None' }

/** A value. Equal (by shape) to fp-ts's `O.some(value)`. */
export const some = <A>(value: A): Option<A> => ({ _tag: 'Some', value })

/** `none` for `null` or `undefined`, else `some(value)`, as fp-ts's `O.fromNullable`. */
export const fromNullable = <A>(value: A): Option<NonNullable<A>> =>
  value === null || value === undefined ? none : some(value as NonNullable<A>)
