/** Builds a tel: link from a French number « 05 49 37 56 30 » → « tel:+33549375630 ». */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `tel:+33${digits.slice(1)}` : `tel:${digits}`;
}

/** Whether a contact gives a way to reach it (phone, e-mail, web page or postal address). */
export function hasCoordinates(c: {
  phone?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  address?: string | undefined;
}): boolean {
  return Boolean(c.phone || c.email || c.url || c.address);
}
