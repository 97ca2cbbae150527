/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on what it may
 * produce. A code is untrusted: LZ dictionaries let a few thousand characters
 * stand for hundreds of millions (each new entry is the previous one plus a
 * character), and lz-string has no limit, so a 28,616-character link once took
 * a tab 59 s and 3.2 GB to unpack. This is the same algorithm (lz-string 1.5.0,
 * MIT, by pieroxy: `_decompress` with the URI-safe alphabet), stopping as soon
 * as the output would pass `maxChars`. The unit tests check it agrees with
 * lz-string on every input under the cap.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export type Unpacked =
  | { ok: true; text: string; chars: number }
  /** `chars`: how much was unpacked before stopping (the work done). */
  | { ok: false; why: "damaged" | "too-big"; chars: number };

export function unpackCode(input: string, maxChars: number): Unpacked {
  if (input === "") return { ok: false, why: "damaged", chars: 0 };
  const source = input.replace(/ /g, "+");
  const length = source.length;
  // Characters outside the alphabet read as 0, as in lz-string.
  const valueAt = (index: number) => VALUE.get(source.charAt(index)) ?? 0;
  const resetValue = 32;
  const data = { val: valueAt(0), position: resetValue, index: 1 };
  const readBits = (count: number): number => {
    let bits = 0;
    const maxpower = 2 ** count;
    let power = 1;
    while (power !== maxpower) {
      const resb = data.val & data.position;
      data.position >>= 1;
      if (data.position === 0) {
        data.position = resetValue;
        data.val = valueAt(data.index++);
      }
      bits |= (resb > 0 ? 1 : 0) * power;
      power <<= 1;
    }
    return bits;
  };

  const dictionary: string[] = ["", "", ""];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let chars = 0;
  const result: string[] = [];
  const damaged = (): Unpacked => ({ ok: false, why: "damaged", chars });

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    default:
      return damaged();
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  chars = 1;
  for (;;) {
    if (data.index > length) return damaged();
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize++] = String.fromCharCode(readBits(8));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 1:
        dictionary[dictSize++] = String.fromCharCode(readBits(16));
        code = dictSize - 1;
        enlargeIn--;
        break;
      case 2:
        return { ok: true, text: result.join(""), chars };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = code >= 3 ? dictionary[code] : undefined;
    if (known) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return damaged();
    if (chars + entry.length > maxChars) return { ok: false, why: "too-big", chars };
    result.push(entry);
    chars += entry.length;
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
