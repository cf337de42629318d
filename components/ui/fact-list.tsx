/** Label and value pairs of a record's details page, one row each. */
export function FactList({ facts }: { facts: readonly (readonly [string, string])[] }) {
  return (
    <dl className="mb-8 grid grid-cols-[12rem_1fr] gap-x-4 gap-y-2">
      {facts.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
