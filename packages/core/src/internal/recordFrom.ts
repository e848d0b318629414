/**
 * A record keyed by user-given ids, without a prototype. `valuations["toString"]` on a plain
 * object would find `Object.prototype.toString`; on these records an id that is not there is
 * simply `undefined`, whatever the id.
 */
export const recordFrom = <K extends string, V>(entries: Iterable<readonly [K, V]>): Record<K, V> => {
  const record = Object.create(null) as Record<K, V>
  for (const [key, value] of entries) record[key] = value
  return record
}

/** An empty record without a prototype, to fill with user-given ids as keys. */
export const emptyRecord = <K extends string, V>(): Record<K, V> => Object.create(null) as Record<K, V>

/**
 * The value under a user-given id if the record itself holds it. Records that came through
 * `JSON.parse` or `structuredClone` (a saved run's state) have a prototype again; this lookup
 * never finds `Object.prototype.toString` under the id `toString`.
 */
export const own = <K extends string, V>(record: Readonly<Partial<Record<K, V>>>, key: K): V | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
