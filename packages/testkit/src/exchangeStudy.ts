/**
 * The two-actor exchange study, in decide's own file layout (quoted fields, tabs): municipality
 * A and B on a toll (0.5 to 7 euros) and a ring road (0 to 100). A cares most about the toll
 * (salience 0.8) and wants it low, B most about the ring road and wants it built, so each
 * gives way on the issue it cares less about: in round 1, A moves 100 on the ring road and B
 * −6.5 on the toll, each gaining 12. All numbers are invented. Used by the command line's
 * exchange tests and by the exchange model's doc examples.
 */
export const twoActorStudy = [
  "'#A'\t'a'\t'Gemeente A'\t''",
  "'#A'\t'b'\t'Gemeente B'\t''",
  "'#P'\t'toll'\t'toll'\t''",
  "'#M'\t'toll'\t0.5",
  "'#M'\t'toll'\t7",
  "'#P'\t'ring'\t'ring'\t''",
  "'#D'\t'a'\t'toll'\t0.5\t0.8\t1.0",
  "'#D'\t'a'\t'ring'\t0\t0.2\t1.0",
  "'#D'\t'b'\t'toll'\t7\t0.2\t1.0",
  "'#D'\t'b'\t'ring'\t100\t0.8\t1.0",
].join('\n')
