// What the customer reads about sessions on their account (SPEC 10.2, 10.3): Assistance
// History and the live notice with End assistance. Client-safe, shared by code and tests.
export const ASSISTANCE = {
  historyTitle: "Assistance History",
  noSessions: "No one from the store has accessed your account.",
  inProgress: "In progress",
  notice: (staffName: string) => `${staffName} from the store is assisting you now.`,
  endButton: "End assistance",
  ended: "You ended the assistance session.",
  alreadyEnded: "No one from the store is assisting you now.",
} as const;
