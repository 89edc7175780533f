/** Builds a tel: link from a French number « 05 49 37 56 30 » → « tel:+33549375630 ». */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `tel:+33${digits.slice(1)}` : `tel:${digits}`;
}
