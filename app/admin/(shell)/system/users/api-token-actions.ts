"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { issueApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { checkCurrentAdminPassword } from "@/lib/admin/confirm-password";
import { API_TOKEN_EXPIRY_CHOICES } from "@/lib/admin/api-token-expiry";
import { ACTION_GROUPS } from "@/lib/action-log/record";
import { formatDate } from "@/lib/format";
import { currentPasswordField } from "@/lib/validation/admin-permissions";
import { idField, noNul, NUL_MESSAGE } from "@/lib/validation/fields";

const EXPIRY_DAYS = API_TOKEN_EXPIRY_CHOICES.map((c) => String(c.days)) as [string, ...string[]];

const createSchema = z.object({
  name: z.string().trim().min(1, "Token Name is required.").max(100, "Use 100 characters or fewer.").refine(noNul, NUL_MESSAGE),
  expiresInDays: z.enum(EXPIRY_DAYS, { message: "Choose when the token expires." }).transform(Number),
  currentPassword: currentPasswordField,
});

/**
 * Creates an API token for the signed-in admin's own account (headless Login as Customer),
 * confirmed with their password; the token is shown once, only its hash is kept.
 */
export const createApiTokenAction = adminAction(
  "system.permissions.users",
  createSchema,
  async ({ name, expiresInDays, currentPassword }, { admin, audit, db }) => {
    const wrongPassword = await checkCurrentAdminPassword(admin.id, currentPassword, db);
    if (wrongPassword) return { error: wrongPassword, fieldErrors: { currentPassword: wrongPassword } };
    // the token itself is shown once and never recorded
    const issued = await issueApiToken(db, { userId: admin.id, name, expiresInDays }, audit);
    if (!issued) return { error: "This user no longer exists." };
    revalidatePath(`/admin/system/users/${admin.id}`);
    return {
      success: `The API token was created. It expires on ${formatDate(issued.expiresAt)}. Copy it now: it is not shown again.`,
      data: { token: issued.token },
    };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "create_api_token", fullActionName: "adminhtml_user_token_create" } },
);

/** Revokes one of the signed-in admin's own tokens. */
export const revokeApiTokenAction = adminAction(
  "system.permissions.users",
  z.object({ tokenId: idField("This token is already revoked.") }),
  async ({ tokenId }, { admin, audit, db }) => {
    const revoked = await revokeApiToken(db, { tokenId, userId: admin.id }, audit);
    revalidatePath(`/admin/system/users/${admin.id}`);
    return revoked ? { success: "The API token was revoked." } : { error: "This token is already revoked." };
  },
  { log: { group: ACTION_GROUPS.permissions, action: "revoke_api_token", fullActionName: "adminhtml_user_token_revoke" } },
);
