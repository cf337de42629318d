import type { PostalAddress } from "@/lib/validation/address";

export function AddressText({ address }: { address: PostalAddress }) {
  return (
    <address className="not-italic">
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
      {address.countryId}
      <br />
      T: {address.telephone}
    </address>
  );
}
