"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { can } from "@/lib/acl/can";
import { CONFIG_SAVED, saveConfig } from "@/lib/config/save";

export const saveConfigAction = adminAction("stores.config", z.record(z.string(), z.union([z.string(), z.array(z.string())])), async (input, admin) => {
  const result = await saveConfig(input, (resource) => can(admin, resource));
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors };
  revalidatePath("/admin", "layout");
  return { success: CONFIG_SAVED };
});
