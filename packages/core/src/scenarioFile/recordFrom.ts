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
