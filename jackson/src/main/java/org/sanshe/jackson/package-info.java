/**
 * Sanshe for Jackson 2: {@link org.sanshe.jackson.SansheJson} (mappers with limits and the personal
 * data mode, read failures as coded errors) and {@link org.sanshe.jackson.core.PersonalData}.
 */
package org.sanshe.jackson;
