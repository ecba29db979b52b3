/**
 * @kinlink/names — the cross-script name engine: normalisation, transliteration into comparable forms, name
 * structure, comparison with calibrated scores and explanations, blocking keys. Pure: no I/O.
 */
export { detectScript, type Script } from './script';
export { normalizeName } from './normalize';
export { prepareName, type PreparedName } from './prepare';
export { nameScore, SAME_NAME_THRESHOLD } from './compare';
export {
  compareNames,
  type NameComparison,
  type NameExplanation,
  type NameRelation,
  type ExplainedSide,
  type ExplainedUnit,
  type UnitMatch,
} from './explain';
export { nameKeys, readingKeys, tokenKeys, comparableTokens, otherScriptForms } from './api';
export { nameKeysFromUnitKeys } from './index-keys';
export { alternateKeys } from './keys';
