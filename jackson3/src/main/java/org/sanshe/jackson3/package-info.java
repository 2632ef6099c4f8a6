/**
 * Sanshe for Jackson 3: {@link org.sanshe.jackson3.SansheJson} (mappers with limits and the
 * personal data mode, read failures as coded errors) and {@link
 * org.sanshe.jackson3.core.PersonalData}.
 */
package org.sanshe.jackson3;
