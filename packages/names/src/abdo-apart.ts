/**
 * An Abd- compound written apart whose first word is also the given name Abdo, Abdu (عبده, عبدو) of its own, before a
 * name that is a man's given name too — Ali, Hussein, Hassan, Nabi — as a father's: Abdo Ali is as often the man Abdo,
 * son of Ali, as the compound Abd Ali (compare.ts abdWrittenApart: Abdo Ali is not Abdi Ali; prepare.ts reads the name
 * with them apart too). Not before a divine name only Abd- takes: Abdu Rahman is Abdurrahman.
 */
const ABDO_APART = /^(?:abd(?:o|u|ou) (?:ali|hus+[ae]i?n|has+[ae]n|n[ae]bi)|абд[оу] (?:али|хус+е[ий]н|хас+ан|наби)|عبد[هو] (?:علي|حسين|حسن|نبي))$/;

/** Whether an Abd- unit's text is such a compound written apart (Abdo Ali, Абдо Хасан, عبدو نبي). */
export const abdoWrittenApart = (text: string): boolean => ABDO_APART.test(text);
