"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import type { ActionState } from "@/lib/actions/state";
import { checkCurrentAdminPassword } from "@/lib/admin/confirm-password";
import { deleteRole, saveRole } from "@/lib/admin/roles";
import { currentPasswordField, roleSchema } from "@/lib/validation/admin-permissions";
import { ACTION_GROUPS } from "@/lib/action-log/record";

export const saveRoleAction = adminAction(
  "system.permissions.roles",
  roleSchema,
  async (input, { admin, audit, db }): Promise<ActionState> => {
    const wrongPassword = await checkCurrentAdminPassword(admin.id, input.currentPassword);
    if (wrongPassword) return { error: wrongPassword, fieldErrors: { currentPassword: wrongPassword } };
    const result = await saveRole(
      { roleId: input.roleId, name: input.name, allResources: input.access === "all", resources: input["resources[]"], actingRoleId: admin.roleId },
      db,
      audit,
    );
    if (!result.ok) return { error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined };
    revalidatePath("/admin", "layout");
    redirect(`/admin/system/roles/${result.roleId}?saved=1`);
  },
  { log: { group: ACTION_GROUPS.permissions, action: "save_role", fullActionName: "adminhtml_user_role_saverole" } },
);

export const deleteRoleAction = adminAction(
  "system.permissions.roles",
  z.object({
    roleId: z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
    currentPassword: currentPasswordField.optional(),
  }),
  async (input, { audit, db }): Promise<ActionState> => {
    const result = await deleteRole(input.roleId, db, audit);
    if (!result.ok) return { error: result.error };
    revalidatePath("/admin/system/roles");
    redirect("/admin/system/roles?deleted=1");
  },
  { log: { group: ACTION_GROUPS.permissions, action: "delete_role", fullActionName: "adminhtml_user_role_delete" } },
);
