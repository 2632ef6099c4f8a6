package org.sanshe.core.registry.access;

import java.util.Optional;
import org.sanshe.core.identifier.DivisionCode;

/**
 * The access lists districts and cities publish, one in force per issuer, as a port ({@code
 * org.sanshe.core.registry.memory.InMemoryAccessLists} in memory, {@code
 * org.sanshe.jdbc.registry.JdbcAccessLists} on a relational database; the testkit's {@code
 * AccessListsContract} checks both). Publishing names the version read (0 for a first list) and who
 * publishes; a stale version is refused with {@code ACCESS_LIST_VERSION_CONFLICT} and changes
 * nothing; an {@link AccessListPublished} event goes to the store's outbox, if it has one, with the
 * list. Implementations are thread-safe; the values they return are immutable.
 */
public interface AccessLists {

  /** The aggregate type of the events written to an outbox: {@value} (the id is the issuer). */
  String AGGREGATE_TYPE = "access-list";

  /**
   * Publishes a list, replacing the issuer's list in force.
   *
   * @param issuer the district or city (at most 6 digits), not null
   * @param list the list, not null
   * @param expectedVersion the version the writer read, 0 when the issuer has none
   * @param actor who publishes it, 1 to 64 characters without white space
   * @return the list as stored, at {@code expectedVersion + 1}
   * @throws org.sanshe.core.registry.RegistryException with {@code ACCESS_ISSUER_INVALID} or {@code
   *     ORGANIZATION_ID_INVALID}
   * @throws org.sanshe.core.registry.StaleVersionException with {@code
   *     ACCESS_LIST_VERSION_CONFLICT}
   */
  RecordedAccessList publish(
      DivisionCode issuer, AccessList list, long expectedVersion, String actor);

  /**
   * Returns the list in force of an issuer.
   *
   * @param issuer the district or city, not null
   * @return the list, or empty if none was published
   */
  Optional<RecordedAccessList> find(DivisionCode issuer);
}
