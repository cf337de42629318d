// The one FormData parser of every server action.

/** FormData → plain object: single values as strings, keys ending in [] (checkbox lists) as arrays; React's own `$ACTION…` keys dropped. */
export function formDataToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") ? values : (values[0] ?? "");
  }
  return out;
}

/** What was typed, so a form can show it again after the server refused it: never a password. */
export function submittedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !/password/i.test(k) && !k.startsWith("$")) out[k] = v;
  return out;
}
