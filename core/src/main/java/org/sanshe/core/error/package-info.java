/**
 * One exception family for all of Sanshe: {@link org.sanshe.core.error.SansheException} with a
 * stable {@link org.sanshe.core.error.ErrorCode} and messages in Chinese and English, plus {@link
 * org.sanshe.core.error.Problems} to report every problem of a bulk input at once.
 */
package org.sanshe.core.error;
