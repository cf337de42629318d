import NextAuth from "next-auth";
import { shopAuthOptions } from "@/lib/auth/shop-options";

const handler = NextAuth(shopAuthOptions);
export { handler as GET, handler as POST };
