package org.sanshe.deliberation.pabulib;

/**
 * How strictly a Pabulib file is read and counted.
 *
 * <ul>
 *   <li>{@link #STRICT} (the default): a vote naming a project twice or naming an unknown project
 *       is refused when the file is read; a ballot breaking a {@code META} rule ({@code
 *       min_length}, {@code max_length}, {@code max_sum_cost}, {@code max_sum_points}) is refused
 *       when the file is turned into a budget.
 *   <li>{@link #LENIENT}: reads what the cities counted. A repeated project in a vote counts once,
 *       an unknown project is left out of that vote, a ballot that breaks a {@code META} rule is
 *       counted as cast; each of these, and a {@code votes} column or a {@code num_votes} / {@code
 *       num_projects} key that disagrees with the ballots, is listed in {@link
 *       PabulibFile#irregularities()} with its line and kind. No ballot is ever invented: the
 *       voters counted are exactly the rows of {@code VOTES}.
 * </ul>
 *
 * Malformed text (bad numbers, wrong field counts, missing sections, unclosed quotes) is refused in
 * both modes with a coded error and its line. Immutable and thread-safe.
 */
public enum ReadMode {
  /** Refuse what breaks the format or the ballot rules (today's behaviour). */
  STRICT,
  /** Count what the city counted and report every irregularity. */
  LENIENT
}
