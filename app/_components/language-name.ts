/** A language's name, or the code itself when it is no valid language tag (e.g. a hand-made post). */
export function languageName(names: Intl.DisplayNames, code: string) {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
