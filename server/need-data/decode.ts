// Text of an uploaded file. The city's statistics office delivers CSV as UTF-8 (with or without
// Excel's byte order mark) or as Windows-1252 (older Excel "CSV (Trennzeichen-getrennt)").
// Bytes that are not valid UTF-8 cannot be UTF-8, so they are read as Windows-1252; every byte
// sequence is valid Windows-1252, so decoding never fails.
import iconv from "iconv-lite";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  try {
    // TextDecoder drops a leading BOM, so the first header cell reads "Planungsraum", not "\uFEFFPlanungsraum".
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "win1252");
  }
}
