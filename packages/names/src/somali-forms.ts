/**
 * Somali forms of Arabic names that their letters do not read as the name: Faadumo, Fadumo, Faduma = Fatima (the Somali
 * d of ط and -o of a woman's name), Caasha = Aisha (the c of the ayn, the hamza and its i left out); each with the Latin
 * spelling of the Arabic name, which word-readings.ts reads them as too.
 */
const SOMALI_FORMS: Readonly<Record<string, string>> = {
  faadumo: 'fatima', fadumo: 'fatima', faaduma: 'fatima', faduma: 'fatima', фадума: 'fatima', фадумо: 'fatima',
  caasha: 'aisha', caasho: 'aisha',
};

/** The Latin spelling of the Arabic name a word as written is the Somali form of, or null. */
export const arabicNameOfSomaliForm = (text: string): string | null => (Object.hasOwn(SOMALI_FORMS, text) ? SOMALI_FORMS[text]! : null);
