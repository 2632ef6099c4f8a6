/**
 * Satisfaction scoring (满意度测评): the error codes, the exception and exact numbers shared by the
 * sub-packages {@code instrument} (scales, questionnaires, indicator trees), {@code response}
 * (responses and their uniqueness), {@code score} (the streaming tally and the scores) and {@code
 * grade} (bands, competence votes, rankings).
 */
package org.sanshe.core.satisfaction;
