/** A data problem in an HSDS file; the message names the file or the record and the field. */
export class HsdsImportError extends Error {}
