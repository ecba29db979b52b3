/**
 * The Arabic chat alphabet (Arabizi), in which Arabs type their own names in Latin letters on phones and online forms:
 * digits for the letters Latin has none for (Mo7amed, 3ali, Sa3eed, 5aled = محمد, علي, سعيد, خالد). Read as the letters
 * other Latin spellings write for them: 2 hamza and 3 ayn an apostrophe, 5 and 7' kh, 7 h, 6 t, 6' z, 3' gh, 8 q, 9 s
 * (ص), 9' d; a digit written twice is one letter (Mo77amad). Only digits inside or beside a Latin word are read so, also
 * one that ends it (Sala7, Rabi3): a number standing alone is no letter.
 */
const ARABIZI_WORD = /[a-z][2356789]|[2356789]['’]?[a-z]/i;
const ARABIZI_DIGIT = /(?<=[a-z]['’]?|^|[\s-])([2356789])\1?(['’]?)(?=['’]?[a-z]|$|[\s-])/gi;
const WITH_MARK: Record<string, string> = { 3: 'gh', 6: 'z', 7: 'kh', 9: 'd' };
const PLAIN: Record<string, string> = { 2: "'", 3: "'", 5: 'kh', 6: 't', 7: 'h', 8: 'q', 9: 's' };

/** `text` with the Arabizi digits of its Latin words read as letters; unchanged when it has none. */
export function fromArabizi(text: string): string {
  if (!ARABIZI_WORD.test(text)) return text;
  return text.split(/(\s+)/).map((word) => (ARABIZI_WORD.test(word) ? word.replace(ARABIZI_DIGIT, letterOf) : word)).join('');
}

/** The letter a digit stands for, with the apostrophe after it that marks the dotted letter (3' غ) or kept (2' = '). */
function letterOf(_: string, digit: string, mark: string): string {
  return mark !== '' && WITH_MARK[digit] !== undefined ? WITH_MARK[digit]! : PLAIN[digit]! + mark;
}
