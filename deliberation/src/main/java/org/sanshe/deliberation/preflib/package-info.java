/**
 * Readers of ranked ballots: PrefLib {@code .soi} ({@link
 * org.sanshe.deliberation.preflib.SoiReader}) and ABIF ({@link
 * org.sanshe.deliberation.preflib.AbifReader}), both giving a {@link
 * org.sanshe.deliberation.preflib.RankedElection}.
 */
package org.sanshe.deliberation.preflib;
