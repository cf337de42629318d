"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { getAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { END_REASONS, endSessions } from "@/lib/login-as-customer/end-sessions";
import { LAC } from "@/lib/login-as-customer/messages";
import { LAC_RESOURCE } from "@/lib/login-as-customer/service";

/** Ends an active session from the log (needs "Allow Login as Customer"); recorded like any end. */
export async function endSessionFromLog(sessionId: unknown): Promise<{ error?: string; success?: string }> {
  // session ids are UUIDs: anything else (a lone surrogate from a forged JSON argument would crash the query) is unknown
  const id = z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .safeParse(sessionId);
  const [admin, config] = await Promise.all([getAdmin(), getConfig()]);
  if (!config.loginAsCustomerEnabled) return { error: LAC.featureDisabled };
  if (!admin || !can(admin, LAC_RESOURCE) || !can(admin, "customers.lac.log")) return { error: "Sorry, you need permissions to view this content." };
  if (!id.success) return { error: "Unknown session." };
  const ended = await db.$transaction((tx) => endSessions(tx, { id: id.data }, `${END_REASONS.endedFromLog} (${admin.username})`));
  revalidatePath("/admin/customers/login-as-customer-log");
  return ended ? { success: "The session was ended." } : { error: "This session has already ended." };
}
