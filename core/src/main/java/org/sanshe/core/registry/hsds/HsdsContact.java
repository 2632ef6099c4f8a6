package org.sanshe.core.registry.hsds;

import java.util.List;

/**
 * An HSDS 3.0 {@code contact} of an organization: the contact person's name masked (personal data:
 * first character kept), the title and the phones that are not the person's own. Immutable.
 *
 * @param id the contact's HSDS id
 * @param organizationId the organization's HSDS id
 * @param name the masked name
 * @param title the title, or null
 * @param phones the exported phones
 */
public record HsdsContact(
    String id, String organizationId, String name, String title, List<HsdsPhone> phones) {

  /** Copies the list. */
  public HsdsContact {
    phones = List.copyOf(phones);
  }
}
