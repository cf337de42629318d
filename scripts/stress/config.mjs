// What every part of the stress test shares: the server's port and address, how many kills, how
// many agents and shoppers, the two databases, the text an unavailable database must show, and the
// address every test order ships to.
export const PORT = Number(process.env.STRESS_PORT ?? 3510);
export const BASE = `http://127.0.0.1:${PORT}`;
export const KILLS = Number(process.env.STRESS_KILLS ?? 3);
export const AGENTS = 3;
export const SHOPPERS = 5;
const PG_URL = process.env.STRESS_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/lac_stress";
export const DATABASES = { sqlite: "file:./data/stress.db", postgresql: PG_URL };
export const SERVICE_UNAVAILABLE = "The service is temporarily unavailable. Please try again.";
export const ADDRESS = {
  addressId: "new",
  firstName: "Stress",
  lastName: "Test",
  street: "1 Main St",
  city: "Calder",
  postcode: "49628",
  countryId: "US",
  telephone: "555-0100",
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const log = (...a) => console.log(`[stress ${new Date().toISOString().slice(11, 19)}]`, ...a);
