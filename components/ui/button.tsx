import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const styles: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark disabled:opacity-50",
  secondary: "border border-gray-400 bg-white text-gray-900 hover:bg-gray-100 disabled:opacity-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:opacity-50",
  link: "text-brand underline hover:text-brand-dark",
};

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const base = variant === "link" ? "" : "rounded px-4 py-2 font-medium";
  return <button type={type} className={`${base} ${styles[variant]} ${className}`} {...props} />;
}
