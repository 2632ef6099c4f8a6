/**
 * Grades and rankings: configurable grade bands with the local presets, the competent-vote rule,
 * and rankings with ties and change against the previous period.
 */
package org.sanshe.core.satisfaction.grade;
