"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { can } from "@/lib/acl/can";
import { CONFIG_SAVED, saveConfig } from "@/lib/config/save";
import { ACTION_GROUPS } from "@/lib/action-log/record";

export const saveConfigAction = adminAction(
  "stores.config",
  z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  async (input, { admin, audit, db }) => {
    const result = await saveConfig(input, (resource) => can(admin, resource), db, audit);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
    revalidatePath("/admin", "layout");
    return { success: CONFIG_SAVED };
  },
  { log: { group: ACTION_GROUPS.configuration, action: "save", fullActionName: "adminhtml_system_config_save" } },
);
