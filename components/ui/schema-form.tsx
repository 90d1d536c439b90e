"use client";

// Forms validated in the browser with the very zod schema the server uses (react-hook-form
// with its zod resolver): no rule is written twice. Errors appear at the field and in a
// summary that takes focus, as government forms do.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "@/lib/domain/zod";
import type { FormState } from "@/lib/http/form-state";

export function useSchemaForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaultValues: DefaultValues<z.input<S>>) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());
  return { form, summaryRef, focusSummary };
}

/**
 * A form whose values go to a server action: on success it is emptied and says what was done;
 * otherwise the action's messages go to their fields and the summary takes focus.
 */
export function useServerActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  action: (values: z.output<S>) => Promise<FormState>,
) {
  const { form, summaryRef, focusSummary } = useSchemaForm(schema, defaultValues);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      setDone(null);
      const state = await action(values);
      if (state.done) {
        form.reset();
        setDone(state.done);
        return;
      }
      setFormError(applyFormState(form as unknown as UseFormReturn<FieldValues, unknown, FieldValues>, state));
      focusSummary();
    },
    () => focusSummary(),
  );
  return { form, summaryRef, submit, formError, done };
}

/** A server action's answer on the form: field messages at their fields; returns the message for above the form. */
export function applyFormState<T extends FieldValues>(form: UseFormReturn<T, unknown, FieldValues>, state: FormState): string | null {
  for (const [field, message] of Object.entries(state.fieldErrors)) form.setError(field as Path<T>, { type: "server", message });
  return state.formError;
}

/** Every message in react-hook-form's (nested) errors, with the field it belongs to. */
export function errorList(errors: FieldErrors, prefix = ""): Array<{ field: string; message: string }> {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== "object") return [];
    const field = prefix ? `${prefix}.${key}` : key;
    if ("message" in value && typeof value.message === "string") return [{ field, message: value.message }];
    return errorList(value as FieldErrors, field);
  });
}

/** The list of errors above the form, focused when the form is refused; each links to its field. */
export function ErrorSummary({
  title,
  errors,
  formError,
  summaryRef,
  idFor = (field) => field,
}: {
  title: string;
  errors: FieldErrors;
  formError?: string | null;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  idFor?: (field: string) => string;
}) {
  const list = errorList(errors);
  if (list.length === 0 && !formError) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className="border-l-4 border-rood bg-red-50 px-4 py-3 focus:outline-2 focus:outline-rood">
      <p className="font-bold text-rood">{title}</p>
      {formError && <p>{formError}</p>}
      {list.length > 0 && (
        <ul className="list-disc pl-5">
          {list.map(({ field, message }) => (
            <li key={field}>
              <a href={`#${idFor(field)}`}>{message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
