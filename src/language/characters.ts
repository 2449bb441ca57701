// Character tests by char code: far cheaper than Unicode regular expressions on every word.

/** Only the letters a–z (and, when allowed, a straight apostrophe after the first letter). */
export function isAsciiLowercase(word: string, allowApostrophe = false): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) continue;
    if (allowApostrophe && code === 39 && i > 0) continue;
    return false;
  }
  return true;
}

export function hasAsciiDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Whether a char code is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}
