// Matter ids may contain '.', which xstate reads as a path separator in state keys. A region of the
// application machine is keyed by the matter id with every '.' written as '__' ('_' never occurs in an
// identifier, so the mapping is reversible).

/** The key of a matter's region in the application machine's `processing` state. */
export function regionKey(matterId: string): string {
  return matterId.replaceAll('.', '__');
}

/** The matter id of a region key (inverse of `regionKey`). */
export function matterIdOfRegion(key: string): string {
  return key.replaceAll('__', '.');
}
