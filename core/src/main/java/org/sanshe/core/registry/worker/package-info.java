/**
 * Social workers: {@link org.sanshe.core.registry.worker.SocialWorker} with qualification level,
 * certificate number, employer, assigned communities and the general-practice flag; its events and
 * the {@link org.sanshe.core.registry.worker.SocialWorkers} port.
 */
package org.sanshe.core.registry.worker;
