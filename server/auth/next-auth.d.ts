// What our sessions carry (server/auth/options.ts fills it in the jwt and session callbacks).
import type { UserRole } from "../generated/prisma/enums";

declare module "next-auth" {
  interface User {
    role: UserRole;
    organizationIds: string[];
  }
  interface Session {
    user?: { id: string; email: string; name: string | null; role: UserRole; organizationIds: string[] };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: UserRole;
    organizationIds?: string[];
    /** Sign-in time (seconds): the session ends SESSION_MAX_AGE after it, however often it is read. */
    signedInAt?: number;
    /** Set when the account was disabled or deleted after sign-in, or the session is too old. */
    revoked?: boolean;
  }
}
