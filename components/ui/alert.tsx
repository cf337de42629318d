export function Alert({ kind, children }: { kind: "success" | "error" | "info"; children: React.ReactNode }) {
  const styles = {
    success: "border-green-700 bg-green-50 text-green-900",
    error: "border-red-700 bg-red-50 text-red-900",
    info: "border-blue-700 bg-blue-50 text-blue-900",
  }[kind];
  return (
    <div role={kind === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 px-4 py-3 ${styles}`}>
      {children}
    </div>
  );
}
