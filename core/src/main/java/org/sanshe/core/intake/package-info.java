/**
 * How needs and matters reach the community: the one {@link org.sanshe.core.intake.Channel} type
 * shared by the registry's needs and the deliberation module's matters, and the open {@link
 * org.sanshe.core.intake.ChannelCatalogue} of a place (presets plus integrator-defined channels
 * with a code and Chinese and English names).
 */
package org.sanshe.core.intake;
