// How much benchmark data to make, and the ConfigValue path that records what was made (so a run
// reuses data of the same sizes instead of generating it again).
export const SIZES = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 1_000_000),
  orders: Number(process.env.BENCH_ORDERS ?? 200_000),
  actions: Number(process.env.BENCH_ACTIONS ?? 5_000_000),
};

export const MARKER = "bench/generated";
