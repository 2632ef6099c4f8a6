/**
 * Expert review (专家评审): the {@link org.sanshe.core.registry.review.ExpertPool} with declared ties
 * to organizations, and review {@link org.sanshe.core.registry.review.Panel}s drawn from it with a
 * recorded seed, never seating an expert tied to the applicant; panels score with the project
 * registry's {@code Review}, {@code ReviewPolicy} and {@code ExpertScore}. The {@link
 * org.sanshe.core.registry.review.ExpertRoster} is the aggregate a district keeps for a year (the
 * pool and every panel drawn, with its seed), stored through the {@link
 * org.sanshe.core.registry.review.ExpertRosters} port; the in-memory store is in {@code ..memory}.
 */
package org.sanshe.core.registry.review;
