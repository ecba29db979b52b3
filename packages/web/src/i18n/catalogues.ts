import type { LanguageCode } from './languages';
import { ar } from './messages/ar';
import { bg } from './messages/bg';
import type { Catalogue } from './messages/en';
import { en } from './messages/en';
import { fa } from './messages/fa';
import { hr } from './messages/hr';
import { mk } from './messages/mk';
import { srCyrl } from './messages/sr-Cyrl';
import { sl } from './messages/sl';
import { mapCatalogue, serbianCyrillicToLatin } from './serbian-latin';

/** Every language's messages; Serbian Latin is derived letter by letter from Serbian Cyrillic. */
export const CATALOGUES: Record<LanguageCode, Catalogue> = {
  en,
  mk,
  'sr-Cyrl': srCyrl,
  'sr-Latn': mapCatalogue(srCyrl, serbianCyrillicToLatin),
  hr,
  sl,
  bg,
  ar,
  fa,
};
