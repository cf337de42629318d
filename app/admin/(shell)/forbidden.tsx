import { NO_PERMISSION } from "@/lib/acl/messages";

// 403 inside the admin shell: the navigation stays, so the admin can go where their role allows.
export default function AdminForbidden() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Access denied</h1>
      <p className="mt-3 text-gray-700" role="alert">
        {NO_PERMISSION}
      </p>
    </section>
  );
}
