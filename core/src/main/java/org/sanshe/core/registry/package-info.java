/**
 * The organization registry: the shared error codes ({@link
 * org.sanshe.core.registry.RegistryError}), the base exception and pagination. The model lives in
 * the sub-packages: {@code division}, {@code organization}, {@code worker} and {@code project};
 * {@code memory} holds the in-memory stores and {@code hsds} the Open Referral export.
 */
package org.sanshe.core.registry;
