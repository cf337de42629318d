// The form kit moved to components/ui/action-form.tsx (it knows nothing of the shop); this
// re-export keeps the admin's customer address form building until its import moves too.
export * from "@/components/ui/action-form";
