import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

// next-auth's endpoints: /api/auth/csrf, /session, /callback/credentials (the sign-in form posts
// here), /signout. Pages live at /anmelden and /konto.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
