// `npm run x -- FILE` runs the script in the package's folder; a relative FILE means the folder the
// operator typed the command in, which npm passes as INIT_CWD.
import path from "node:path";

export const callerPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
