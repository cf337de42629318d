// How a customer sees the staff member assisting them (SPEC 10.2): first name and
// the initial of the last name, "Admin U.": enough to know who, without the full name.
export function staffDisplayName(admin: { firstName: string; lastName: string }): string {
  const first = admin.firstName.trim();
  const initial = admin.lastName.trim().charAt(0).toUpperCase();
  return [first, initial ? `${initial}.` : ""].filter(Boolean).join(" ") || "A store associate";
}
