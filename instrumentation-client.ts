// Runs in the browser before the app's own code (Next's client instrumentation).
import { config } from "zod/v4/core";

// zod probes once with `new Function` whether it may compile its parsers, when the first object
// schema is built. The site's policy (server/http/security-headers.ts) refuses it, and the browser
// reports the refused probe as a violation although zod catches it. The interpreted parsers are all
// the forms need. Set here, before any schema exists; the server keeps zod's compiled parsers.
config({ jitless: true });
