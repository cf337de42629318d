"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { issueApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { ACTION_GROUPS } from "@/lib/action-log/record";
import { idField, noNul, NUL_MESSAGE } from "@/lib/validation/fields";

const id = idField("This user no longer exists.");

/** Creates an API token for a user (headless Login as Customer); the token is shown once, only its hash is kept. */
export const createApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ userId: id, name: z.string().trim().min(1, "Token Name is required.").max(100, "Use 100 characters or fewer.").refine(noNul, NUL_MESSAGE) }),
  async ({ userId, name }, { audit, db }) => {
    // the token itself is shown once and never recorded
    const issued = await issueApiToken(db, { userId, name }, audit);
    if (!issued) return { error: "This user no longer exists." };
    const { token } = issued;
    revalidatePath(`/admin/system/users/${userId}`);
    return { success: "The API token was created. Copy it now: it is not shown again.", data: { token } };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "create_api_token", fullActionName: "adminhtml_user_token_create" } },
);

export const revokeApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ tokenId: idField("This token is already revoked."), userId: id }),
  async ({ tokenId, userId }, { audit, db }) => {
    const revoked = await revokeApiToken(db, { tokenId, userId }, audit);
    revalidatePath(`/admin/system/users/${userId}`);
    return revoked ? { success: "The API token was revoked." } : { error: "This token is already revoked." };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "revoke_api_token", fullActionName: "adminhtml_user_token_revoke" } },
);
