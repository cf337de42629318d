// Building the FormData a server action receives, field by field.

/** One form field's value: a string, several strings (an array where one was expected), a file, or absent. */
export type FieldValue = string | string[] | Blob | undefined;

export function toFormData(values: Record<string, FieldValue>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) form.append(k, x);
    else form.append(k, v);
  }
  return form;
}
