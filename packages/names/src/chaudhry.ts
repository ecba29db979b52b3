// Chaudhry, the title and family name of Punjabi landholders, and its abbreviation (structure.ts, compare.ts,
// name-conventions.ts)
/** Ch, as Pakistani papers abbreviate Chaudhry: an initial that stands for it alone (isChaudhry, read by compare.ts) */
export const CHAUDHRY_ABBREVIATED = 'ch';
const CHAUDHRY = /^(?:ch[ao]u?w?dh?[au]?r[iy]|چو[هد]+ري|чаудх?ри)$/;
/** Whether a unit's text is Chaudhry in one of its spellings (Chaudhry, Chaudhary, Choudhry, Chowdhury, چوہدری, Чаудхри). */
export const isChaudhry = (text: string): boolean => CHAUDHRY.test(text);
