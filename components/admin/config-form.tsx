"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type ConfigFieldView = {
  path: string;
  label: string;
  value: string;
  kind: "select" | "text" | "textarea" | "number";
  options?: [string, string][];
  note?: string;
};

export type ConfigSectionView = { id: string; group: string; title: string; fields: ConfigFieldView[] };

export function ConfigForm({ sections, action }: { sections: ConfigSectionView[]; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fe = state?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate aria-label="Configuration">
      <div className="mb-4 flex justify-end">
        <Button type="submit" disabled={pending}>
          Save Config
        </Button>
      </div>
      {state?.success ? <Alert kind="success">{state.success}</Alert> : null}
      {state?.error ? <Alert kind="error">{state.error}</Alert> : null}
      {sections.map((section) => (
        <fieldset key={section.id} className="mb-8 rounded border p-4">
          <legend className="px-2 text-xl font-semibold">
            {section.group} › {section.title}
          </legend>
          {section.fields.map((f) => {
            const id = `cfg-${f.path.replace(/\W/g, "-")}`;
            const err = fe[f.path];
            const describedBy = [err ? `${id}-error` : null, f.note ? `${id}-note` : null].filter(Boolean).join(" ") || undefined;
            const common = {
              id,
              name: f.path,
              defaultValue: f.value,
              "aria-invalid": err ? true : undefined,
              "aria-describedby": describedBy,
              className: `w-full max-w-xl rounded border px-3 py-2 ${err ? "border-red-700" : "border-gray-400"}`,
            };
            return (
              <div key={f.path} className="mb-5 grid gap-1 md:grid-cols-[20rem_1fr] md:gap-4">
                <label htmlFor={id} className="font-medium md:pt-2 md:text-right">
                  {f.label}
                </label>
                <div>
                  {f.kind === "select" ? (
                    <select {...common}>
                      {f.options!.map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  ) : f.kind === "textarea" ? (
                    <textarea {...common} rows={3} />
                  ) : (
                    <input {...common} type="text" inputMode={f.kind === "number" ? "numeric" : undefined} />
                  )}
                  {err ? (
                    <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                      {err}
                    </p>
                  ) : null}
                  {f.note ? (
                    <p id={`${id}-note`} className="mt-1 text-sm text-gray-600 italic">
                      {f.note}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
