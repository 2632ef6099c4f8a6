/**
 * Pabulib {@code .pb} participatory-budgeting files: {@link
 * org.sanshe.deliberation.pabulib.PabulibReader}, {@link
 * org.sanshe.deliberation.pabulib.PabulibWriter} and the lossless {@link
 * org.sanshe.deliberation.pabulib.PabulibFile}.
 */
package org.sanshe.deliberation.pabulib;
