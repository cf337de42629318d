// "server-only" throws outside a React Server Components build; in Vitest the code runs on the server anyway.
export {};
