/**
 * Volunteer teams (志愿服务队): members, leader, guiding social worker, and community coverage against
 * targets.
 */
package org.sanshe.timebank.team;
