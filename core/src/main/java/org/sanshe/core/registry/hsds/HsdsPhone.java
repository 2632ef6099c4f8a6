package org.sanshe.core.registry.hsds;

/**
 * An HSDS 3.0 {@code phone} of an organization or of one of its contacts. Only numbers that are not
 * a person's are exported: a person's number is personal data and stays in the registry. Immutable.
 *
 * @param id the phone's HSDS id
 * @param organizationId the organization's HSDS id, or null for a contact's phone
 * @param contactId the contact's HSDS id, or null for the organization's phone
 * @param number the number
 */
public record HsdsPhone(String id, String organizationId, String contactId, String number) {}
