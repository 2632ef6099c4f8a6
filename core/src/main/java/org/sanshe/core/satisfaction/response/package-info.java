/**
 * Responses to satisfaction questionnaires: subjects, periods, respondent categories, the
 * one-response-per-respondent rule ({@link org.sanshe.core.satisfaction.response.DuplicatePolicy})
 * and the {@link org.sanshe.core.satisfaction.response.Responses} port.
 */
package org.sanshe.core.satisfaction.response;
