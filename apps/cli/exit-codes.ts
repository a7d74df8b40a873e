/**
 * What `spis`'s exit codes mean (sysexits.h where one fits), so a cron job or a monitoring check
 * can act on them without reading the output.
 */
export const EXIT = {
  /** Done; nothing found that needs a person. */
  ok: 0,
  /** The command failed: the message on stderr says why. */
  failed: 1,
  /** Done, and it found something a person must look at (differences, warnings as errors). */
  found: 2,
  /** Wrong arguments. */
  usage: 64,
  /** The database or storage could not be reached. */
  unavailable: 69,
  /** A setting is wrong (as the server exits on one). */
  config: 78,
} as const;
