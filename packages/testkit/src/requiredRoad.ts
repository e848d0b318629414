/**
 * The smallest game without a status quo, once for every test that needs one: a road that must
 * be built (east or west: `statusQuo.road` is null) and a housing issue that may stay as it is
 * (b). Without a deal A falls back to its reservation utility 1 and B to 0.5.
 *
 * The outcomes, as utility (gain over the reservation) for A and B:
 * - east, b: 0 (−1) and 3 (2.5): A is below its reservation;
 * - west, b: 2 (1) and 0 (−0.5): B is below its reservation;
 * - east, a: 2 (1) and 4 (3.5): the best deal, total gain 4.5;
 * - west, a: 4 (3) and 1 (0.5): valid too, total gain 3.5.
 */
import type { Scenario } from '../../core/src/model/Scenario.js'
import { decoded } from './roadAndHousing.js'

/** The scenario in file form (plain JSON, so it can be written as a `.json` or `.yaml` file). */
export const requiredRoadFile = {
  version: 1,
  name: 'a road that must be built',
  domains: [{ id: 'd' }],
  issues: [
    { id: 'road', domain: 'd', options: ['east', 'west'] },
    { id: 'h', domain: 'd', options: ['b', 'a'] },
  ],
  parties: [
    {
      id: 'A',
      reservationUtility: 1,
      valuations: { road: { stake: 1, values: { east: 0, west: 2 } }, h: { stake: 1, values: { b: 0, a: 2 } } },
    },
    {
      id: 'B',
      reservationUtility: 0.5,
      valuations: { road: { stake: 1, values: { east: 3, west: 0 } }, h: { stake: 1, values: { b: 0, a: 1 } } },
    },
  ],
  statusQuo: { road: null, h: 'b' },
} as const

/** The scenario, decoded. */
export const requiredRoad: Scenario = decoded(requiredRoadFile)
