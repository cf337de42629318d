"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { adminAction } from "@/lib/actions/admin-action";
import { createApiToken } from "@/lib/auth/api-tokens";
import { ACTION_GROUPS } from "@/lib/action-log/record";
import { noNul, NUL_MESSAGE } from "@/lib/validation/fields";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** Creates an API token for a user (headless Login as Customer); the token is shown once, only its hash is kept. */
export const createApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ userId: id, name: z.string().trim().min(1, "Token Name is required.").max(100, "Use 100 characters or fewer.").refine(noNul, NUL_MESSAGE) }),
  async ({ userId, name }, { audit }) => {
    const user = await db.adminUser.findUnique({ where: { id: userId }, select: { id: true, username: true } });
    if (!user) return { error: "This user no longer exists." };
    // the token itself is shown once and never recorded
    const { token } = await db.$transaction(async (tx) => {
      const created = await createApiToken(tx, userId, name);
      await audit(tx, { details: `API token #${created.id} "${name}" created for user ${user.username}` });
      return created;
    });
    revalidatePath(`/admin/system/users/${userId}`);
    return { success: "The API token was created. Copy it now: it is not shown again.", data: { token } };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "create_api_token", fullActionName: "adminhtml_user_token_create" } },
);

export const revokeApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ tokenId: id, userId: id }),
  async ({ tokenId, userId }, { audit }) => {
    const r = await db.$transaction(async (tx) => {
      const revoked = await tx.adminApiToken.updateMany({ where: { id: tokenId, adminUserId: userId, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count) await audit(tx, { details: `API token #${tokenId} of user #${userId} revoked` });
      return revoked;
    });
    revalidatePath(`/admin/system/users/${userId}`);
    return r.count ? { success: "The API token was revoked." } : { error: "This token is already revoked." };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "revoke_api_token", fullActionName: "adminhtml_user_token_revoke" } },
);
