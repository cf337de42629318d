type Address = {
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

export function AddressText({ address }: { address: Address }) {
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
