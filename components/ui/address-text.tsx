// A postal address as it reads on a label: name, company, street, city/region/postcode,
// country, phone. One rendering for the admin and the storefront.

export type AddressLines = {
  firstName: string;
  lastName: string;
  company?: string | null;
  street: string;
  city: string;
  region?: string | null;
  postcode: string;
  countryId: string;
  telephone: string;
};

export function AddressText({ address }: { address: AddressLines }) {
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
