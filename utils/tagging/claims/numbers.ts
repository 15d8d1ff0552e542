/** Reads small cardinal numbers written in digits or words in every site language ("dix-huit", "两", "다섯", "mười tám"). */

const WORDS: Record<string, number> = {
  // en
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, couple: 2, 'a couple of': 2,
  // fr
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50,
  // ko (native and Sino-Korean)
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6,
  칠: 7, 팔: 8, 구: 9, 십: 10,
  // vi
  'một': 1, hai: 2, ba: 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
};

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Han numerals up to 99 ("十八", "二十", "三"). */
function hanNumber(text: string): number | undefined {
  if (text === '半') return 0.5;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? HAN_DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : HAN_DIGITS[text.slice(0, ten)];
  const units = ten === text.length - 1 ? 0 : HAN_DIGITS[text.slice(ten + 1)];
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

/** The value of a number word or numeral, or `undefined` when it is not one. */
export function parseSmallNumber(raw: string): number | undefined {
  const text = raw.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (/^[〇零一二两兩三四五六七八九十半]+$/.test(text)) return hanNumber(text);
  const word = WORDS[text];
  if (word !== undefined) return word;
  // "mười tám" (18), "vingt-quatre" (24), "twenty-four".
  const parts = text.split(/[\s-]+/);
  if (parts.length === 2) {
    const [high, low] = parts.map((part) => WORDS[part]);
    if (high !== undefined && low !== undefined && high >= 10 && low < 10) return high + low;
  }
  return undefined;
}
