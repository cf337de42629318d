"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { adminCommand } from "@/lib/actions/admin-action";
import { endSessionFromLog as endSession } from "@/lib/login-as-customer/end-from-log";
import { LAC } from "@/lib/login-as-customer/messages";

// session ids are UUIDs: anything else (a lone surrogate from a forged argument would crash the query) is unknown
const sessionId = z.string({ message: "Unknown session." }).regex(/^[\w-]{1,64}$/, "Unknown session.");

/** Ends an active session from the log (needs "Allow Login as Customer" and the log); recorded like any end. */
export const endSessionFromLog = adminCommand(["customers.lac.login", "customers.lac.log"], sessionId, async (id, { admin }) => {
  if (!(await getConfig()).loginAsCustomerEnabled) return { error: LAC.featureDisabled };
  const ended = await endSession(id, admin.username);
  revalidatePath("/admin/customers/login-as-customer-log");
  return ended ? { success: "The session was ended." } : { error: "This session has already ended." };
});
