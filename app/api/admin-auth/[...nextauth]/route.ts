import NextAuth from "next-auth";
import { adminAuthOptions } from "@/lib/auth/admin-options";
import { signOutFailsClosed } from "@/lib/auth/admin-events";

const handler = NextAuth(adminAuthOptions);
// a sign-out ends the admin's sessions before next-auth clears the cookie, or answers an error
const POST = signOutFailsClosed(handler);
export { handler as GET, POST };
