// The `hyphen` package ships no types; this covers the one call the splitter makes.
declare module "hyphen/de/index.js" {
  type Options = { hyphenChar?: string; minWordLength?: number; exceptions?: string[] };
  const hyphenDe: { hyphenateSync(text: string, options?: Options): string };
  export default hyphenDe;
}
