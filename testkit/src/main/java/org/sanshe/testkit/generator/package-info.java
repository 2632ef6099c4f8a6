/**
 * Seeded, reproducible generators of test data in plain Java ({@link java.util.SplittableRandom}),
 * usable from any test framework: divisions, organizations with valid credit codes, volunteers with
 * valid synthetic resident identity numbers, service records, ballots and survey responses.
 */
package org.sanshe.testkit.generator;
