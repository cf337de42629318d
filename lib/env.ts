// The environment, validated once: a missing or malformed setting stops the
// server with a message that says what to set, instead of surfacing later as a
// sign-in that never works. Edge-safe (the middleware reads the auth secrets).
// Every variable is documented in .env.example.
import { z } from "zod";

const secret = (name: string) =>
  z
    .string({ message: `${name} is not set: run \`npm start\` once (it writes one into .env.local) or set it in the environment.` })
    .min(16, `${name} must be at least 16 characters.`);

export const DEFAULT_FROM_ADDRESS = "Store <no-reply@example.com>";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  ADMIN_AUTH_SECRET: secret("ADMIN_AUTH_SECRET"),
  SHOP_AUTH_SECRET: secret("SHOP_AUTH_SECRET"),
  DATABASE_POOL_SIZE: z.coerce.number({ message: "DATABASE_POOL_SIZE must be a number." }).int().min(1).max(200).default(10),
  COOKIE_SECURE: z.enum(["true", "false", ""], { message: 'COOKIE_SECURE must be "true" or "false".' }).optional(),
  // the store's address as customers reach it: links in emails, redirects after sign-in
  APP_URL: z
    .string()
    .url("APP_URL must be the store's address, such as https://shop.example.com.")
    .regex(/^https?:\/\//, "APP_URL must start with http:// or https://.")
    .default("http://localhost:3000"),
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "TRUSTED_PROXY_HOPS must be a whole number (0 without a proxy)." })
    .int("TRUSTED_PROXY_HOPS must be a whole number (0 without a proxy).")
    .min(0)
    .max(10)
    .default(0),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#\s]+/, "SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465.")
    .optional(),
  EMAIL_FROM_ADDRESS: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]+$/, 'EMAIL_FROM_ADDRESS must be an address such as "Store <no-reply@example.com>".')
    .default(DEFAULT_FROM_ADDRESS),
  // how often each instance looks for email to send; 0 turns its sender off
  EMAIL_POLL_MS: z.coerce.number({ message: "EMAIL_POLL_MS must be a number of milliseconds." }).int().min(0).max(3_600_000).default(2000),
  // how often each instance seals new action log entries into the hash chain; 0 turns its sealer off
  LOG_SEAL_MS: z.coerce.number({ message: "LOG_SEAL_MS must be a number of milliseconds." }).int().min(0).max(3_600_000).default(1000),
});

export type Env = z.output<typeof schema>;

let cached: Env | null = null;

/** The validated environment; throws once, clearly, when it is not usable. */
export function env(): Env {
  if (cached) return cached;
  // named one by one: the edge bundle only sees variables it names
  const parsed = schema.safeParse({
    NODE_ENV: process.env.NODE_ENV || undefined,
    ADMIN_AUTH_SECRET: process.env.ADMIN_AUTH_SECRET || undefined,
    SHOP_AUTH_SECRET: process.env.SHOP_AUTH_SECRET || undefined,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || undefined,
    APP_URL: process.env.APP_URL || undefined,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS || undefined,
    COOKIE_SECURE: process.env.COOKIE_SECURE,
    SMTP_URL: process.env.SMTP_URL || undefined,
    EMAIL_FROM_ADDRESS: process.env.EMAIL_FROM_ADDRESS || undefined,
    EMAIL_POLL_MS: process.env.EMAIL_POLL_MS || undefined,
    LOG_SEAL_MS: process.env.LOG_SEAL_MS || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new Error(`The environment is not usable:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
