package org.sanshe.core.fund;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The stored state of a {@link Fund}: what a store keeps and {@link Fund#restore} checks. The
 * movements themselves are not part of it; they are in the store's journal, bound to this state by
 * {@code lastSeq} and {@code headHash}.
 *
 * <p>Immutable and thread-safe (lists are copied); no component is null.
 *
 * @param id the fund
 * @param kind its kind
 * @param name its name
 * @param welfareShare the welfare share of service fees (mutual-aid funds; zero for others)
 * @param accounts every account with its balance, in the order opened
 * @param sponsorships every sponsor record, in the order recorded
 * @param reversed sequence numbers of movements reversed already, ascending
 * @param lastSeq the sequence number of the last movement (0 before the first)
 * @param headHash the chain hash after the last movement ({@link FundChain#GENESIS} before)
 * @param lastAt the time of the last movement (the opening time before the first)
 * @param openedBy who opened the fund
 * @param openedAt when
 * @param version the stored version (0 for a fund never stored)
 */
public record FundSnapshot(
    FundId id,
    FundKind kind,
    String name,
    WelfareShare welfareShare,
    List<AccountBalance> accounts,
    List<Sponsorship> sponsorships,
    List<Long> reversed,
    long lastSeq,
    String headHash,
    Instant lastAt,
    String openedBy,
    Instant openedAt,
    long version) {

  /** Checks for nulls and copies the lists. */
  public FundSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(welfareShare, "welfareShare");
    accounts = List.copyOf(accounts);
    sponsorships = List.copyOf(sponsorships);
    reversed = List.copyOf(reversed);
    Objects.requireNonNull(headHash, "headHash");
    Objects.requireNonNull(lastAt, "lastAt");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
  }

  /**
   * Returns this snapshot with another version.
   *
   * @param newVersion the version
   * @return the snapshot
   */
  public FundSnapshot withVersion(long newVersion) {
    return new FundSnapshot(
        id,
        kind,
        name,
        welfareShare,
        accounts,
        sponsorships,
        reversed,
        lastSeq,
        headHash,
        lastAt,
        openedBy,
        openedAt,
        newVersion);
  }
}
