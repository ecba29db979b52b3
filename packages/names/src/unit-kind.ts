/**
 * The kinds of name unit the parser makes (structure.ts): a name, an Abd-, Abu or Umm compound, X-ullah, X-uddin, and
 * `initial`, one letter standing for a name (the A. of A. Hassan, the M and A of M.A. Khan).
 */
export type UnitKind = 'name' | 'abd' | 'abu' | 'umm' | 'allah-compound' | 'din-compound' | 'initial';
