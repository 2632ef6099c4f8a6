/**
 * Party organization coverage of social organizations, recorded as neutral data: each
 * organization's {@link org.sanshe.core.registry.party.PartyAffiliation} (own branch, joint branch,
 * instructor, none), {@link org.sanshe.core.registry.party.JointBranch joint branches} of one
 * street with their member organizations, {@link org.sanshe.core.registry.party.DualReport
 * dual-reporting records}, {@link org.sanshe.core.registry.party.ServiceStation Party-member
 * volunteer service stations}, and {@link org.sanshe.core.registry.party.PartyCoverage coverage}
 * per street and district, kept incrementally by every {@link
 * org.sanshe.core.registry.party.PartyRecords} store (in memory the {@link
 * org.sanshe.core.registry.party.PartyRegister}) or computed from affiliations by query. Every
 * command names who acts, an organization's record is versioned ({@link
 * org.sanshe.core.registry.party.RecordedAffiliation}) and raises a {@link
 * org.sanshe.core.registry.party.PartyEvent}.
 */
package org.sanshe.core.registry.party;
