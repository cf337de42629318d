// Input fuzzing, part 1 of 3 (the suite and its rules: tests/helpers/fuzz/suite.ts).
import { vi } from "vitest";
import { inputFuzzSuite } from "../helpers/fuzz/suite";

vi.mock("next/cache", async () => (await import("../helpers/fuzz/mocks")).nextCache());
vi.mock("next/headers", async () => (await import("../helpers/fuzz/mocks")).nextHeaders());
vi.mock("@/lib/auth/admin-session", async (original) => (await import("../helpers/fuzz/mocks")).adminSession(original));
vi.mock("@/lib/auth/shop-session", async (original) => (await import("../helpers/fuzz/mocks")).shopSession(original));
vi.mock("@/lib/config", async (original) => (await import("../helpers/fuzz/mocks")).pinnedConfig(original));

inputFuzzSuite(1, 3);
