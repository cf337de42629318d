"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { adminAction } from "@/lib/actions/admin-action";
import { createApiToken } from "@/lib/auth/api-tokens";
import { noNul, NUL_MESSAGE } from "@/lib/validation/customer";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Creates an API token for a user (headless Login as Customer); the token is shown once, only its hash is kept. */
export const createApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ userId: id, name: z.string().trim().min(1, "Token Name is required.").max(100, "Use 100 characters or fewer.").refine(noNul, NUL_MESSAGE) }),
  async ({ userId, name }) => {
    const user = await db.adminUser.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return { error: "This user no longer exists." };
    const { token } = await createApiToken(db, userId, name);
    revalidatePath(`/admin/system/users/${userId}`);
    return { success: "The API token was created. Copy it now: it is not shown again.", data: { token } };
  },
);

export const revokeApiTokenAction = adminAction("system.permissions.users", z.object({ tokenId: id, userId: id }), async ({ tokenId, userId }) => {
  const r = await db.adminApiToken.updateMany({ where: { id: tokenId, adminUserId: userId, revokedAt: null }, data: { revokedAt: new Date() } });
  revalidatePath(`/admin/system/users/${userId}`);
  return r.count ? { success: "The API token was revoked." } : { error: "This token is already revoked." };
});
