/**
 * Scores of satisfaction surveys: the streaming, mergeable {@link
 * org.sanshe.core.satisfaction.score.SatisfactionTally}, the minimum-sample rule and the {@link
 * org.sanshe.core.satisfaction.score.Scoring} that turns a tally into mean indexes, confidence
 * intervals, Bayesian averages, satisfaction rates with Wilson bounds, CSAT, NPS and Cronbach's
 * alpha.
 */
package org.sanshe.core.satisfaction.score;
