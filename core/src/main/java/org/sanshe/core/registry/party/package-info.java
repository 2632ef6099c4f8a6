/**
 * Party organization coverage of social organizations, recorded as neutral data: each
 * organization's {@link org.sanshe.core.registry.party.PartyAffiliation} (own branch, joint branch,
 * instructor, none), {@link org.sanshe.core.registry.party.JointBranch joint branches} of one
 * street with their member organizations, {@link org.sanshe.core.registry.party.DualReport
 * dual-reporting records}, {@link org.sanshe.core.registry.party.ServiceStation Party-member
 * volunteer service stations}, and {@link org.sanshe.core.registry.party.PartyCoverage coverage}
 * per street and district, kept incrementally by the {@link
 * org.sanshe.core.registry.party.PartyRegister} or computed from affiliations by query.
 */
package org.sanshe.core.registry.party;
