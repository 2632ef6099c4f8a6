/**
 * Ranked and rated ballot files: ABIF ({@link org.sanshe.deliberation.preflib.AbifReader}, {@link
 * org.sanshe.deliberation.preflib.AbifWriter}) and the PrefLib formats {@code .soc}, {@code .soi},
 * {@code .toc}, {@code .toi} and {@code .cat} ({@link
 * org.sanshe.deliberation.preflib.PreflibReader}, {@link
 * org.sanshe.deliberation.preflib.PreflibWriter}), all reading to and writing from a {@link
 * org.sanshe.deliberation.preflib.RankedElection} that pairs each ranking with its ratings. Readers
 * refuse malformed input with a coded error and the line number, never echoing the file.
 */
package org.sanshe.deliberation.preflib;
