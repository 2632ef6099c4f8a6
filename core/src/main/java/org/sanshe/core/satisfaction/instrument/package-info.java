/**
 * Instruments of satisfaction scoring: answer scales, points mappings, exact weights, items,
 * questionnaires and weighted indicator trees (指标体系).
 */
package org.sanshe.core.satisfaction.instrument;
