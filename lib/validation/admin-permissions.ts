import { z } from "zod";
import { emailField, idField, nameField, newPasswordField, optionalIdField } from "./fields";

const optionalId = optionalIdField("Unknown record.");

export const currentPasswordField = z.string({ message: "Your Password is required." }).min(1, "Your Password is required.");

export const roleSchema = z.object({
  roleId: optionalId,
  name: nameField("Role Name"),
  currentPassword: currentPasswordField,
  access: z.enum(["all", "custom"], { message: "Choose All or Custom." }),
  "resources[]": z.array(z.string().max(100)).max(200).optional().default([]),
});

export const userSchema = z
  .object({
    userId: optionalId,
    username: z
      .string({ message: "User Name is required." })
      .trim()
      .min(1, "User Name is required.")
      .max(40, "User Name must be 40 characters or fewer.")
      .regex(/^[\w.@-]+$/, "Use letters, digits, dots, dashes, underscores and @ only."),
    firstName: nameField("First Name"),
    lastName: nameField("Last Name"),
    email: emailField,
    password: z.string().optional().default(""),
    passwordConfirmation: z.string().optional().default(""),
    isActive: z.enum(["1", "0"], { message: "Choose Active or Inactive." }).transform((v) => v === "1"),
    roleId: idField("Choose a role."),
    currentPassword: currentPasswordField,
  })
  .superRefine((v, ctx) => {
    if (!v.userId && !v.password) ctx.addIssue({ code: "custom", path: ["password"], message: "Password is required." });
    if (v.password) {
      const r = newPasswordField.safeParse(v.password);
      if (!r.success) ctx.addIssue({ code: "custom", path: ["password"], message: r.error.issues[0].message });
      if (v.password !== v.passwordConfirmation)
        ctx.addIssue({ code: "custom", path: ["passwordConfirmation"], message: "Your password confirmation must match your password." });
    }
  });

export const idOnly = (key: string) => z.object({ [key]: idField("Unknown record.") });
