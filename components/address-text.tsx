import { countryName, type PostalAddress } from "@/lib/validation/address";

/**
 * An address as people read it, line by line (the admin and the storefront alike). `inline` renders it as phrasing content,
 * for places that only take that (the label of a radio button).
 */
export function AddressText({ address, inline = false }: { address: PostalAddress; inline?: boolean }) {
  const Tag = inline ? "span" : "address";
  return (
    <Tag className={inline ? "block" : "not-italic"}>
      {address.firstName} {address.lastName}
      <br />
      {address.company ? (
        <>
          {address.company}
          <br />
        </>
      ) : null}
      {address.street}
      <br />
      {address.city}
      {address.region ? `, ${address.region}` : ""}, {address.postcode}
      <br />
      {countryName(address.countryId)}
      <br />
      T: {address.telephone}
    </Tag>
  );
}
