import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Login as Customer", template: "%s | Login as Customer" },
  description: "Commerce back office and storefront with Login as Customer",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
