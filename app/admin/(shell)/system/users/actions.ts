"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/actions/admin-action";
import type { ActionState } from "@/lib/actions/state";
import { hashPassword } from "@/lib/auth/password";
import { checkCurrentAdminPassword } from "@/lib/admin/confirm-password";
import { deleteUser, saveUser } from "@/lib/admin/users";
import { reissueAdminCookie } from "@/lib/auth/admin-session-version";
import { idOnly, userSchema } from "@/lib/validation/admin-permissions";
import { ACTION_GROUPS } from "@/lib/action-log/record";

export const saveUserAction = adminAction(
  "system.permissions.users",
  userSchema,
  async (input, { admin, audit, db }): Promise<ActionState> => {
    const wrongPassword = await checkCurrentAdminPassword(admin.id, input.currentPassword);
    if (wrongPassword) return { error: wrongPassword, fieldErrors: { currentPassword: wrongPassword } };
    const result = await saveUser(
      {
        userId: input.userId,
        username: input.username,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        passwordHash: input.password ? await hashPassword(input.password) : undefined,
        isActive: input.isActive,
        roleId: input.roleId,
      },
      admin.id,
      db,
      audit,
    );
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined };
    // their own new password ended their other sessions; this browser stays signed in
    if (result.userId === admin.id && result.sessionVersion !== undefined) await reissueAdminCookie(admin.id, result.sessionVersion);
    revalidatePath("/admin/system/users");
    redirect(`/admin/system/users/${result.userId}?saved=1`);
  },
  { log: { group: ACTION_GROUPS.permissions, action: "save_user", fullActionName: "adminhtml_user_save" } },
);

export const deleteUserAction = adminAction(
  "system.permissions.users",
  idOnly("userId"),
  async (input, { admin, audit, db }): Promise<ActionState> => {
    const result = await deleteUser(input.userId as number, admin.id, db, audit);
    if (!result.ok) return { error: result.error };
    revalidatePath("/admin/system/users");
    redirect("/admin/system/users?deleted=1");
  },
  { log: { group: ACTION_GROUPS.permissions, action: "delete_user", fullActionName: "adminhtml_user_delete" } },
);
